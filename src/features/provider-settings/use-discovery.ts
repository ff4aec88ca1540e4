import { useQuery } from '@tanstack/react-query';
import { discoveryQuery } from '../../lib/discovery';

/**
 * The discovery document of the composed issuer, once the person asked for it. Typing an issuer
 * fetches nothing: no network call happens until the person starts or presses "Fetch discovery".
 */
export function useDiscovery(issuer: string) {
  return useQuery({ ...discoveryQuery(issuer.trim()), enabled: false, retry: false });
}

