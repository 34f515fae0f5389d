# The desktop app's own menus (the tray icon's).

tray-open = Open Bulletin
tray-sync = Sync now
tray-pause = Pause notifications for 1 hour
tray-quit = Quit
