# La interfaz de la aplicación de escritorio (véase en/app.ftl).

## Top bar and sidebar (index.html)
app-menu = Mostrar u ocultar las categorías
search-placeholder = Buscar artículos
notifications = Notificaciones
sync = Actualizar
sync-title = Actualizar ahora (r)
settings = Ajustes
help-title = Atajos de teclado (?)
help = Atajos de teclado
navigation = Navegación
view-front = Portada
view-all = Todos los artículos
view-unread = Sin leer
view-saved = Guardados
view-archive = Archivo
view-hidden = Filtrados
view-hidden-title = Artículos que ocultan tus filtros
views = Vistas
categories = Categorías
articles = Artículos
reader = Lector
help-next-prev = Artículo siguiente / anterior
help-open = Abrir el original en el navegador
help-save = Guardar o quitar de guardados
help-read = Marcar como leído o sin leer
help-sync = Actualizar ahora
help-search = Buscar
help-help = Esta ayuda
help-escape = Cerrar un diálogo, salir del cuadro de búsqueda
help-keys-open = o o Intro
close = Cerrar

## Sidebar
feed-muted-title = Silenciado: fuera de los contadores y de las notificaciones
feed-muted-sr = , silenciado
feed-gone = desaparecido
feed-error = error
sr-unread = {" "}sin leer
on-this-computer = En este ordenador
feeds-failing = { $count ->
    [one] 1 fuente con errores
   *[other] { $count } fuentes con errores
}
other-feeds = Otras fuentes
search-title = Búsqueda: { $query }
sr-unread-of = {" "}{ $unread } sin leer de { $count }

## Lists
saved-for-later = Guardado para más tarde
feed = Fuente
also-reported-by = También lo publican
sr-unread-row = Sin leer:{" "}
sr-saved-row = {" "}(guardado)
also-reported = {" "}· también en { $count ->
    [one] 1 fuente
   *[other] { $count } fuentes
}
mark-all-read = Marcar todo como leído
save-view-title = Mantener esta búsqueda en la barra lateral, con su recuento
save-view-prompt = Nombre de esta vista
view-added = Vista «{ $name }» guardada
save-view = Guardar como vista
collapse-title = Mostrar cada noticia una sola vez, la publiquen cuantas fuentes la publiquen
collapse-off = Mostrar cada publicación
collapse-on = Una fila por noticia
marked-read = { $count } marcados como leídos
loading = Cargando…
empty-unread = Todo leído.
empty-unread-hint = Los artículos nuevos aparecen aquí tras la próxima actualización.
empty-saved = Aún no hay nada guardado.
empty-saved-hint = Pulsa s o el botón Guardar de un artículo para conservarlo aquí; los artículos guardados nunca se borran.
empty-search = Sin resultados.
empty-search-hint = Prueba con menos palabras o con otras.
empty-hidden = Nada filtrado.
empty-hidden-hint = Los artículos que ocultan tus filtros aparecen aquí y vuelven cuando el filtro desaparece.
empty-list = Aún no hay artículos aquí.
empty-list-hint = Actualiza para traer lo último, o revisa el error de la fuente en Ajustes.
welcome = Te damos la bienvenida a Bulletin
welcome-hint = Aún no sigues ninguna fuente. Empieza con las noticias de grandes medios o trae las tuyas.
add-starter = Añadir las fuentes iniciales
import-opml = Importar OPML…
add-a-feed = Añadir una fuente…
starter-added = { $count ->
    [one] 1 fuente añadida — actualizando…
   *[other] { $count } fuentes añadidas — actualizando…
}
opml-imported = { $count ->
    [one] 1 fuente importada ({ $existing } ya estaban) — actualizando…
   *[other] { $count } fuentes importadas ({ $existing } ya estaban) — actualizando…
}
empty-front = Aún no hay artículos.
empty-front-hint = La primera actualización está en camino.
unread-count = { $count } sin leer
front-latest = { $category }: lo último

## Reader
reader-empty = Elige un artículo para leerlo aquí.
reader-empty-hint = j / k recorren la lista · ? muestra todos los atajos
by-author = Por { $author }
previous = ← Anterior
previous-title = Artículo más reciente de esta categoría
next = Siguiente →
next-title = Artículo más antiguo de esta categoría
saved-button = ★ Guardado
save-button = ☆ Guardar
save-title = Guardar para más tarde (s)
mark-unread = Marcar como no leído
mark-read = Marcar como leído
story-read = Marcar noticia como leída
story-read-done = Noticia marcada como leída
story-save = Guardar noticia
story-save-done = Noticia guardada
story-reports = Las { $count } publicaciones de esta noticia
open-original = Abrir el original ↗
open-original-title = Abrir en el navegador (o)
copy-link = Copiar enlace
load-full = Cargar el artículo completo
load-full-title = Para fuentes que solo dan un avance
appeared-before = La entrada{" "}
appeared-middle = {" "}apareció primero en{" "}
appeared-after = .
also-like = También te puede interesar
nothing-related = Aún no hay nada relacionado.
play-video = Reproducir el vídeo
play-episode = Reproducir el episodio
video = Vídeo
audio = Audio
download = Descargar
removed-from-saved = Quitado de guardados
link-copied = Enlace copiado
link-not-copied = No se pudo copiar el enlace
loading-full = Cargando el artículo completo…
full-failed = No se pudo cargar el artículo completo: { $error }
article-text = Texto del artículo

## Archive
archive-day = { $count ->
    [one] 1 artículo el { $day }
   *[other] { $count } artículos el { $day }
}
previous-month = Mes anterior
next-month = Mes siguiente
archive-month = { $count ->
    [one] 1 artículo este mes
   *[other] { $count } artículos este mes
}
archive-empty = No hay artículos este mes.

## Notifications
reason-marker = Última hora
reason-sources = Muchas fuentes
reason-keyword = Palabra clave
reason-rule = Regla
status-folded = en un resumen
status-held = retenida durante las horas de silencio
status-digest = en el resumen
status-paused = en pausa
paused-toast = Notificaciones en pausa hasta { $when }
resumed-toast = Notificaciones reanudadas
paused-until = En pausa hasta { $when }
resume = Reanudar
pause-hour = Pausar 1 hora
pause-tomorrow = Pausar hasta mañana
no-notifications = Aún no hay notificaciones. Las noticias de última hora del mundo aparecen aquí; elige qué notifica en Ajustes.
just-now = ahora mismo

## Sync status
syncing-feeds = { $count ->
    [one] Actualizando 1 fuente…
   *[other] Actualizando { $count } fuentes…
}
syncing-progress = Actualizando… { $done } de { $total }
sync-failed = La actualización falló: { $error }
sync-offline = No se pudo llegar a ninguna fuente. ¿Estás sin conexión? Bulletin lo volverá a intentar por sí solo.
synced-at = Actualizado a las { $time }
synced-new = {" "}· { $count } nuevos
synced-failing = {" "}· { $count ->
    [one] 1 fuente con errores (véase Ajustes)
   *[other] { $count } fuentes con errores (véase Ajustes)
}
start-failed = Bulletin no pudo arrancar: { $error }

## Settings
reading-and-sync = Lectura y actualización
language = Idioma
language-system = Idioma del sistema
theme = Tema
theme-system = Sistema
theme-light = Claro
theme-dark = Oscuro
