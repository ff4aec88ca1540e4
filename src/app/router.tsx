import { createBrowserRouter } from 'react-router';
import { CallbackPage } from '../features/flow/callback-page';
import { ComposePage } from '../features/compose/compose-page';
import { MockLoginPage } from '../features/mock-login/mock-login-page';
import { ResultsPage } from '../features/results/results-page';
import { Layout } from './layout';
import { NotFound } from './not-found';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <ComposePage /> },
      { path: '/callback', element: <CallbackPage /> },
      { path: '/results', element: <ResultsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  // The mock provider's login page: a route of this app because service workers do not intercept
  // navigations. It stands outside the playground's layout, as a provider's page would.
  { path: '/mock-op/authorize', element: <MockLoginPage /> },
]);
