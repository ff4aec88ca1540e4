import { RouterProvider } from 'react-router';
import { router } from './router';

// No QueryClientProvider here: each screen that runs queries brings it (src/app/screens.ts), so
// TanStack Query loads with the first such screen, not with the compose screen (issue 29).
export function App() {
  return <RouterProvider router={router} />;
}
