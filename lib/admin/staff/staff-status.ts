// What the staff list says about a person: owner, active staff, invited (link not used yet, or
// its 7 days passed, or the owner cancelled it), or deactivated.

export type StaffStatus = 'OWNER' | 'ACTIVE' | 'INVITED' | 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'DEACTIVATED';

type Person = {
  role: 'CUSTOMER' | 'STAFF' | 'OWNER';
  active: boolean;
  /** Whether they can sign in with a password (a new invited account has none until it accepts). */
  hasPassword: boolean;
  /** The newest invitation, if any. */
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null;
};

export function staffStatus(person: Person, now = new Date()): StaffStatus {
  if (!person.active) return 'DEACTIVATED';
  if (person.role === 'OWNER') return 'OWNER';
  const invitation = person.invitation;
  // Staff who already sign in stay active while a new link is on its way.
  if (person.role === 'STAFF' && (person.hasPassword || !invitation || invitation.acceptedAt)) return 'ACTIVE';
  if (!invitation || invitation.revokedAt) return 'INVITATION_REVOKED';
  return invitation.expiresAt > now ? 'INVITED' : 'INVITATION_EXPIRED';
}
