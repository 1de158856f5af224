/** An article's URL path: under its edition's date (`/articles/2023/03/08/<id>/`), or undated. */
export const ARTICLE_URL = /\/articles\/(\d{4}\/\d{2}\/\d{2}|undated)\/[a-z0-9-]+\/$/u;
