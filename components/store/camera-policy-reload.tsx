'use client';

import { useEffect } from 'react';

type FeaturePolicy = { allowsFeature: (feature: string) => boolean };

const RELOADED_AT = 'digijalka:camera-policy-reload';

/**
 * The staff screens are the only pages allowed the camera (Permissions-Policy, for QR scanning),
 * and a browser keeps the policy of the page it loaded while the app moves on to others. A staff
 * member who arrives here from another page of the shop (after signing in, from the account
 * menu) would find the camera blocked: this loads the page afresh, once, to get the staff
 * screens' policy. Where the browser cannot tell (no document.featurePolicy), nothing happens.
 */
export function CameraPolicyReload() {
  useEffect(() => {
    const doc = document as Document & { permissionsPolicy?: FeaturePolicy; featurePolicy?: FeaturePolicy };
    const policy = doc.permissionsPolicy ?? doc.featurePolicy;
    if (!policy || policy.allowsFeature('camera')) return;
    // Still blocked right after a fresh load: the policy comes from elsewhere; do not loop.
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < 30_000) return;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    window.location.reload();
  }, []);
  return null;
}
