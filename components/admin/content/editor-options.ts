// What the editor's choices are (made on the server, passed to the client editor as plain data).
export type EditorOptions = {
  tags: { id: string; slug: string; name: string }[];
  categories: { slug: string; name: string }[];
  stores: { id: string; name: string }[];
  /** Upcoming events: label already says the title, store and time. */
  events: { id: string; label: string }[];
};
