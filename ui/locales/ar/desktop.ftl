# قوائم تطبيق سطح المكتب (أيقونة شريط النظام).

tray-open = افتح Bulletin
tray-sync = حدّث الآن
tray-pause = أوقف الإشعارات ساعة واحدة
tray-quit = إنهاء
