import { useParams, useSearchParams } from 'react-router';
import type { ListFilter } from '../../lib/routes';

/** The URL is the filter: a facet's own path (/districts/:district) or its query parameter. */
export function useListFilter(): ListFilter {
  const params = useParams();
  const [searchParams] = useSearchParams();
  const district = params.district ?? searchParams.get('district') ?? undefined;
  const theme = params.theme ?? searchParams.get('theme') ?? undefined;
  return { district, theme };
}
