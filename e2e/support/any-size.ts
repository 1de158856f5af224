/**
 * Marks a test whose outcome does not depend on the window's size (routing, HTTP, data, offline
 * caching): the phone project leaves it to the desktop one, which keeps the suite's time in check.
 */
export const ANY_SIZE = { tag: '@any-size' };
