// Who may run what. Each command names a role; a role lists Slack user ids, user groups and
// channel ids, and any one of them grants it. Deny by default: an empty or missing role allows
// nobody, and a user group whose members cannot be read (API error, timeout) grants nothing.
// Group members come from usergroups.users.list (scope usergroups:read), cached briefly; a
// lookup already under way is shared, so twenty commands at once make one call.

import type { WebClient } from '@slack/web-api';
import type { Role, RoleName } from './config.ts';

export interface Principal {
  userId: string;
  channelId?: string;
  teamId?: string;
}

export type Decision = { allowed: true; via: string } | { allowed: false; reason: string };

interface CacheEntry {
  at: number;
  members: Promise<Set<string>>;
}

export class Authorizer {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly roles: Record<RoleName, Role>,
    private readonly o: { cacheMs: number; now?: () => number; onLookupError?: (group: string, e: unknown) => void },
  ) {}

  private now(): number {
    return this.o.now?.() ?? Date.now();
  }

  /** Members of a user group; failed lookups are not cached. */
  groupMembers(client: WebClient, group: string): Promise<Set<string>> {
    const hit = this.cache.get(group);
    if (hit && this.now() - hit.at < this.o.cacheMs) return hit.members;
    const members = (async () => {
      const r = await client.usergroups.users.list({ usergroup: group, include_disabled: false });
      return new Set(r.users ?? []);
    })();
    const entry = { at: this.now(), members };
    this.cache.set(group, entry);
    members.catch(() => {
      if (this.cache.get(group) === entry) this.cache.delete(group);
    });
    return members;
  }

  /** Whether `who` may use `role`; the reason names what is missing, never who is in the role. */
  async check(role: RoleName, who: Principal, client: WebClient): Promise<Decision> {
    const r = this.roles[role];
    if (r.users.includes(who.userId)) return { allowed: true, via: `user ${who.userId}` };
    if (who.channelId && r.channels.includes(who.channelId)) return { allowed: true, via: `channel ${who.channelId}` };
    const failures: string[] = [];
    for (const g of r.usergroups) {
      try {
        if ((await this.groupMembers(client, g)).has(who.userId)) return { allowed: true, via: `user group ${g}` };
      } catch (e) {
        this.o.onLookupError?.(g, e);
        failures.push(g);
      }
    }
    if (!r.users.length && !r.usergroups.length && !r.channels.length) return { allowed: false, reason: `nobody is allowed the ${role} role yet (bot.roles.${role} in the bot config)` };
    if (failures.length) return { allowed: false, reason: `you are not in the ${role} role, and the members of user group ${failures.join(', ')} could not be read right now` };
    return { allowed: false, reason: `you are not in the ${role} role (users, user groups or channels in bot.roles.${role})` };
  }
}
