// Tags of the cached content reads. Content is small next to the catalog, so one tag covers it
// all: saving, publishing or unpublishing any story, guide or event regenerates the pages that
// show content (index pages, articles, the home page, feeds and the sitemap) on their next visit.
export const CONTENT_TAG = 'content';
