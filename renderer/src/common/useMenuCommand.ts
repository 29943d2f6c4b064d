import { useCallback, useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/channels';
import { onMenuCommand } from '../logic/menu';

type MenuHandler = (command: MenuCommand) => boolean | void;

/**
 * Hands the app menu's commands to `handler` as of the latest render (it may read any state), subscribed once for the
 * screen's life. Returns a stable function that runs a command the same way (a command carried over from another
 * screen). A handler returning true has carried the command out in place of the browser (see onMenuCommand).
 */
export function useMenuCommand(handler: MenuHandler): MenuHandler {
  const current = useRef<MenuHandler>(() => undefined);
  useEffect(() => {
    current.current = handler;
  });
  useEffect(() => onMenuCommand(window, (command) => current.current(command)), []);
  return useCallback((command: MenuCommand) => current.current(command), []);
}
