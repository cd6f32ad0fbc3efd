// Placeholder until the events work lands: the event page's registration panel (seats left,
// the form, the waitlist). Replaced by the events helper; the signature is agreed.
export type EventRegistrationProps = { eventId: string };

export function EventRegistration(props: EventRegistrationProps) {
  void props;
  return null;
}
