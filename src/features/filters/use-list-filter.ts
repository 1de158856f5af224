import { useParams } from 'react-router';
import type { ListFilter } from '../../lib/routes';

/** The URL is the filter: /districts/:district/themes/:theme and its one-facet forms. */
export function useListFilter(): ListFilter {
  const { district, theme } = useParams();
  return { district, theme };
}
