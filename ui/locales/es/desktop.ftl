# Los menús de la aplicación de escritorio (el icono de la bandeja).

tray-open = Abrir Bulletin
tray-sync = Actualizar ahora
tray-pause = Pausar las notificaciones 1 hora
tray-quit = Salir
