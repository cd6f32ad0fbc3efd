// What the staff list says about a person: owner, active staff, invited (link not used yet, or
// its 7 days passed), or deactivated.

export type StaffStatus = 'OWNER' | 'ACTIVE' | 'INVITED' | 'INVITATION_EXPIRED' | 'DEACTIVATED';

type Person = {
  role: 'CUSTOMER' | 'STAFF' | 'OWNER';
  active: boolean;
  /** The newest invitation, if any. */
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null;
};

export function staffStatus(person: Person, now = new Date()): StaffStatus {
  if (!person.active) return 'DEACTIVATED';
  if (person.role === 'OWNER') return 'OWNER';
  const invitation = person.invitation;
  if (invitation && !invitation.acceptedAt && !invitation.revokedAt) {
    return invitation.expiresAt > now ? 'INVITED' : 'INVITATION_EXPIRED';
  }
  // A customer whose invitation was revoked never became staff; they are not listed.
  return 'ACTIVE';
}
