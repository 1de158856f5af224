/**
 * How wide the site shows photos, as numbers: the widths the `sizes` attributes give the browser
 * (ArticleFigure's PHOTO_SIZES, PhotoThumbnail's THUMBNAIL_SIZES), for code that must know the
 * browser's pick of a variant before it makes it (offline saving). The attributes stay in their
 * components, which load without this code; features/articles/photo-sizes.test.ts holds the two
 * together. In `sizes` a rem is the initial 16 px, whatever the reader's text size.
 */
const REM = 16;

/** The CSS widths of an article's photo and of a thumbnail on a viewport `viewport` CSS pixels wide. */
export const photoBoxWidths = (viewport: number): { article: number; thumbnail: number } => ({
  article: viewport >= 44 * REM ? 40 * REM : viewport - 2 * REM,
  thumbnail: viewport >= 40 * REM ? 8 * REM : 6 * REM,
});
