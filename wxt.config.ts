import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_HOST_PERMISSIONS } from './utils/sites';

// One manifest for Chrome and Edge (both Chromium MV3). Strings come from public/_locales.
export default defineConfig({
  // Explicit imports everywhere: modules say where their names come from.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'sidePanel', 'contextMenus', 'scripting', 'activeTab', 'alarms', 'notifications'],
    host_permissions: DEFAULT_HOST_PERMISSIONS,
    // Any other site, only when the user turns AskWell on for it (asked for at that moment).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // A team's template pack can come from policy (managed storage), read-only for the user.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPanel__',
      },
    },
  },
  // Vite 8 + Preact: there is no WXT module, the preset does JSX and aliases.
  vite: () => ({ plugins: [preact()] }),
});
