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
syncing-progress = Actualizando… { $done } de { $total } · { $articles } nuevos
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
category-none = — ninguna —
feed-url-placeholder = https://example.com o la URL de una fuente
feed-url-label = URL de una fuente o de una página web
category = Categoría
subscribe-on = Suscribirse en
this-computer = Este ordenador
fever-cannot-subscribe = { $account } (Fever no puede suscribirse)
subscribed-on-server = Suscrito en el servidor; sus artículos llegan con la próxima actualización
feed-added = Fuente añadida
add-feed = Añadir fuente
last-error = Último error: { $error }
mute-title = Se sigue actualizando, pero fuera de los contadores, la portada y las notificaciones
feed-muted = Fuente silenciada
feed-unmuted = Fuente ya no silenciada
mute = Silenciar
full-text-title = Cargar completo cada artículo nuevo al actualizar (para fuentes que solo dan un avance)
saved-toast = Guardado
full-text = Texto completo
interval-title = Minutos entre descargas; vacío: cada { $every } min
interval-title-hint = Minutos entre descargas; vacío: cada { $every } min, o { $hint } como pide la fuente
every = Cada
interval-label = Minutos entre descargas de { $feed }
interval-saved = Intervalo guardado
min = min
feed-title-prompt = Título de esta fuente
feed-renamed = Fuente renombrada
rename = Renombrar
move-to-category = Mover a la categoría
feed-moved = Fuente movida
unsubscribe-confirm = ¿Cancelar la suscripción a { $feed }? Sus artículos también se irán.
feed-removed = Fuente eliminada
remove = Eliminar
feeds = Fuentes
no-feeds = Aún no hay fuentes.
new-category = Nueva categoría
new-category-label = Nombre de la nueva categoría
rename-category = Renombrar categoría
category-renamed = Categoría renombrada
remove-category-confirm = ¿Eliminar { $category }? Sus fuentes se quedan, sin categoría.
category-removed = Categoría eliminada
category-added = Categoría añadida
add = Añadir
sync-every = Actualizar cada
sync-interval-saved = Intervalo de actualización guardado
minutes = minutos
remove-read = Eliminar los artículos leídos
retention-saved = Conservación guardada
retention-hint = Solo cuando ya han salido de su fuente. Los artículos sin leer y los guardados nunca se eliminan, y todo lo que una fuente aún ofrece sigue en la lista, por antiguo que sea.
read-story-together = Leer una publicación de una noticia marca como leídas las demás
read-on-scroll = Marcar como leídos los artículos al pasar de largo
pictures-on = Las imágenes se cargan de la web
pictures-off = Imágenes desactivadas: nada se carga de la web
load-pictures = Cargar imágenes (miniaturas e imágenes de los artículos)
autostart = Abrir Bulletin al iniciar sesión
exported = Suscripciones exportadas
export-cancelled = Exportación cancelada
export-opml = Exportar OPML…
after-days = después de { $days } días
after-6-months = después de 6 meses
after-a-year = después de un año
never = nunca
rule-off = Desactivado
rule-breaking = Noticias de última hora
rule-all = Todos los artículos nuevos
rule-inherit = Como su categoría ({ $rule })
quiet-from-label = Silencio desde
quiet-until-label = Silencio hasta
quiet-saved = Horas de silencio guardadas
breaking-hint = Una noticia es de última hora cuando su titular lo dice (ÚLTIMA HORA, URGENTE…) o cuando varias fuentes la publican en poco tiempo. Cada noticia notifica una sola vez; como mucho aparecen tres por actualización.
notify-for = Notificar para { $name }
rule-saved = Regla guardada
breaking-when = Última hora cuando
breaking-sources-within = fuentes publican una noticia en
keyword-hint = Para recibir siempre un aviso cuando un artículo mencione algo, añade un filtro con la acción «Notificarme» (Filtros, abajo).
quiet-from = Horas de silencio de
quiet-to = a
quiet-hint = — las notificaciones retenidas llegan después en un solo resumen
feed-status-new = nueva
feed-status-ok = ok
feed-status-error = error
feed-status-gone = desaparecida

## Settings → Filters and views
filter-action-hide = Ocultar
filter-action-read = Marcar como leído
filter-action-save = Guardar
filter-action-notify = Notificarme
filter-field-any = en cualquier parte
filter-field-title = en el título
filter-field-body = en el texto
filter-field-author = en el autor
every-feed = todas las fuentes
feed-number = fuente { $id }
filter-until = {" "}hasta { $date }
filter-describe = { $action }: { $regex } «{ $match }» { $field }, { $scope }{ $until }
filter-pattern-label = Palabras, frase o expresión regular
filter-pattern-placeholder = p. ej. elecciones, o una frase
filter-field-label = Dónde buscar
filter-scope-label = En qué fuentes
filter-action-label = Qué hacer
always = siempre
filter-days-label = Durante cuántos días
filter-added = { $count ->
    [one] Filtro añadido; 1 artículo guardado cambió
   *[other] Filtro añadido; { $count } artículos guardados cambiaron
}
for = durante
days = días
add-filter = Añadir filtro
filters = Filtros
filters-hint = Las palabras coinciden con palabras completas, sin importar mayúsculas; una expresión regular coincide en cualquier parte. Los artículos ocultos salen de todas las listas y contadores salvo «Filtrados», y vuelven cuando el filtro desaparece.
filter-removed = Filtro eliminado
views-hint = Búsquedas guardadas en la barra lateral, contadas a medida que llegan artículos. Busca y luego «Guardar como vista», o añade una aquí.
view-describe = { $name } — «{ $query }»{ $unread }{ $category }: { $count } artículos
view-unread-only = , solo sin leer
view-in-category = , en { $category }
view-removed = Vista eliminada
view-name-label = Nombre de la vista
view-name = Nombre
search-words = Palabras de búsqueda
all-categories = todas las categorías
view-added-toast = Vista añadida
unread-only = solo sin leer
add-view = Añadir vista

## Settings → Accounts
account-name = { $user } en { $host }
account-counts = { $feeds ->
    [one] 1 fuente
   *[other] { $feeds } fuentes
}, { $unread } sin leer
last-sync = última sincronización { $date }
not-synced = aún sin sincronizar
pending-changes = { $count ->
    [one] 1 cambio pendiente de enviar
   *[other] { $count } cambios pendientes de enviar
}
account-status-ok = OK
account-status-error = La sincronización falló
account-status-auth = Inicio de sesión rechazado
refused-changes = { $count ->
    [one] El servidor rechazó 1 cambio
   *[other] El servidor rechazó { $count } cambios
}
refused-change = { $change } { $target }: { $reason }
change-read = Marcar como leído
change-unread = Marcar como no leído
change-save = Guardar
change-unsave = Quitar de guardados
change-subscribe = Suscribirse a
change-unsubscribe = Cancelar la suscripción a
change-rename-feed = Renombrar
change-move-feed = Mover
change-rename-category = Renombrar categoría
change-remove-category = Eliminar categoría
remove-account-confirm = ¿Eliminar { $account }? Sus fuentes y artículos salen de este ordenador; los artículos guardados se quedan.
account-removed = Cuenta eliminada
server-type = Tipo de servidor
kind-greader = API de Google Reader (FreshRSS, Miniflux, Inoreader, The Old Reader…)
kind-fever = Fever
server-address = Dirección de la API del servidor
user-name = Nombre de usuario
api-password = Contraseña de la API
fever-limits = Fever no puede suscribirse, cancelar suscripciones, renombrar ni mover fuentes: hazlo en el servidor.
plain-http-warning = Atención: http envía tu contraseña y tus artículos sin cifrar. Usa https salvo que el servidor esté en tu propia red.
connection-works = La conexión funciona: el servidor aceptó el inicio de sesión
test-connection = Probar la conexión
account-added-file = Cuenta añadida. Aquí no hay llavero del sistema: la contraseña se guarda en un archivo que solo tú puedes leer.
account-added = Cuenta añadida; sus fuentes llegan con la primera sincronización.
server = Servidor
address = Dirección
user = Usuario
add-account = Añadir cuenta
accounts = Cuentas
accounts-hint = Sincroniza con un servidor de fuentes que ya uses. El servidor descarga las fuentes; Bulletin refleja sus suscripciones, sus artículos y el estado de leído y guardado, y le devuelve tus cambios — a salvo hasta que el servidor los tenga, incluso sin conexión.
