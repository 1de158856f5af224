import type { PhotoVariantLink } from '../photos/published-photo';
import { siteUrl } from '../site/site-url';

/** A `srcset` of a photo's variants in one format: each file under the site's base, with its width. */
export const photoSrcSet = (variants: readonly PhotoVariantLink[]): string =>
  variants.map((variant) => `${siteUrl(variant.path)} ${variant.width}w`).join(', ');
