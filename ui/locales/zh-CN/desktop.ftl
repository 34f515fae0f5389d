# 桌面应用的菜单（托盘图标）。

tray-open = 打开 Bulletin
tray-sync = 立即同步
tray-pause = 暂停通知 1 小时
tray-quit = 退出
