<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the server at its address: nothing is listening (is vLLM running, or still loading the model?).</source>
        <translation>No se pudo conectar con el servidor en su dirección: no hay nada escuchando (¿está vLLM en ejecución o todavía cargando el modelo?).</translation>
    </message>
    <message>
        <source>Could not find the server: the host name does not resolve.</source>
        <translation>No se encontró el servidor: el nombre de host no se resuelve.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Falló la conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Falló la conexión segura con el servidor: %1</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>El servidor no empezó a responder a tiempo.</translation>
    </message>
    <message>
        <source>The server stopped sending for too long; the answer so far is kept.</source>
        <translation>El servidor dejó de enviar datos durante demasiado tiempo; se conserva la respuesta recibida hasta ahora.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401).</source>
        <translation>El servidor no aceptó la clave de API (HTTP 401).</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): %1</source>
        <translation>El servidor no aceptó la clave de API (HTTP 401): %1</translation>
    </message>
    <message>
        <source>The server does not offer this route (HTTP 404): wrong base URL, or not a chat model?</source>
        <translation>El servidor no ofrece esta ruta (HTTP 404): ¿URL base incorrecta o no es un modelo de chat?</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context (HTTP 400): %1</source>
        <translation>La conversación es demasiado larga para el contexto del modelo (HTTP 400): %1</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation>El servidor no pudo responder (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1): %2</source>
        <translation>El servidor no pudo responder (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>El servidor rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>El servidor notificó un error mientras respondía.</translation>
    </message>
    <message>
        <source>The server reported an error while answering: %1</source>
        <translation>El servidor notificó un error mientras respondía: %1</translation>
    </message>
    <message>
        <source>The connection ended before the answer was complete.</source>
        <translation>La conexión terminó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read.</source>
        <translation>El servidor envió una respuesta que Loquat no puede leer.</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read: %1</source>
        <translation>El servidor envió una respuesta que Loquat no puede leer: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Error de red.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>the server redirected too many times (a redirect loop?)</source>
        <translation>el servidor redirigió demasiadas veces (¿un bucle de redirecciones?)</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation>el servidor redirigió a una dirección insegura (http)</translation>
    </message>
    <message>
        <source>not a chat completion chunk: %1</source>
        <translation>no es un fragmento de chat completion: %1</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the one trusted for this server: %1</source>
        <translation>El servidor presentó un certificado distinto del que se considera de confianza para este servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>the server redirected %1; Loquat does not follow it</source>
        <translation>el servidor redirigió %1; Loquat no sigue la redirección</translation>
    </message>
    <message>
        <source>with HTTP %1</source>
        <translation>con HTTP %1</translation>
    </message>
    <message>
        <source>(HTTP %1) without a usable address</source>
        <translation>(HTTP %1) sin una dirección utilizable</translation>
    </message>
    <message>
        <source>to a %1: address</source>
        <translation>a una dirección %1:</translation>
    </message>
    <message>
        <source>from https to an insecure http address (%1)</source>
        <translation>de https a una dirección http insegura (%1)</translation>
    </message>
</context>
<context>
    <name>ApiKeyVault</name>
    <message>
        <source>no answer from the keychain service</source>
        <translation>el servicio de llavero no responde</translation>
    </message>
    <message>
        <source>Access to the OS keychain was refused (%1). API keys are kept in memory for this run only.</source>
        <translation>Se denegó el acceso al llavero del sistema (%1). Las claves de API se guardan en memoria solo durante esta ejecución.</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1). API keys are kept in memory for this run only.</source>
        <translation>El llavero del sistema no está disponible (%1). Las claves de API se guardan en memoria solo durante esta ejecución.</translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation>No se pudo leer el archivo de claves: %1</translation>
    </message>
    <message>
        <source>The key could not be written to the key file (%1); it is kept in memory for this run only.</source>
        <translation>No se pudo escribir la clave en el archivo de claves (%1); se guarda en memoria solo durante esta ejecución.</translation>
    </message>
    <message>
        <source>The key could not be removed from the key file: %1</source>
        <translation>No se pudo quitar la clave del archivo de claves: %1</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain: %1</source>
        <translation>No se pudo quitar la clave del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Quitar el adjunto %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Adjunto %1</translation>
    </message>
    <message>
        <source>web reference (the server fetches it)</source>
        <translation>referencia web (el servidor la descarga)</translation>
    </message>
    <message>
        <source>(scaled from %1×%2)</source>
        <translation>(escalada desde %1×%2)</translation>
    </message>
    <message>
        <source>%1 — click to preview</source>
        <translation>%1 — haga clic para previsualizar</translation>
    </message>
    <message>
        <source>🔗 link</source>
        <translation>🔗 enlace</translation>
    </message>
</context>
<context>
    <name>AttachmentPreparer</name>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>un archivo de audio</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2.</source>
        <extracomment>%1 is a file name, %2 the reason (a sentence fragment)</extracomment>
        <translation>No se puede adjuntar “%1”: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the name says it is a %1, but its content is not</source>
        <translation>según el nombre es de tipo %1, pero su contenido no lo es</translation>
    </message>
    <message>
        <source>it is not a file Loquat can send (%1)</source>
        <translation>no es un archivo que Loquat pueda enviar (%1)</translation>
    </message>
    <message>
        <source>the name says it is a %1, but it is a %2</source>
        <translation>según el nombre es de tipo %1, pero es de tipo %2</translation>
    </message>
    <message>
        <source>it is %1, and the limit for %2 is %3</source>
        <translation>ocupa %1 y el límite para %2 es de %3</translation>
    </message>
    <message>
        <source>the image cannot be decoded (%1)</source>
        <translation>la imagen no se puede decodificar (%1)</translation>
    </message>
    <message>
        <source>it could not be stored (%1)</source>
        <translation>no se pudo almacenar (%1)</translation>
    </message>
    <message>
        <source>the image cannot be encoded (%1)</source>
        <translation>la imagen no se puede codificar (%1)</translation>
    </message>
    <message>
        <source>only http and https addresses can be attached as a reference</source>
        <translation>solo se pueden adjuntar como referencia direcciones http y https</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>No se puede mostrar la imagen.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot move the file into %1: %2</source>
        <translation>no se puede mover el archivo a %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the reply carried no HTTP status</source>
        <translation>la respuesta no incluía ningún estado HTTP</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la respuesta no es JSON: %1</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>No conversations yet.
</source>
        <translation>Todavía no hay conversaciones.
</translation>
    </message>
    <message>
        <source>ID	UPDATED	MODEL	TITLE
</source>
        <translation>ID	ACTUALIZADA	MODELO	TÍTULO
</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>There is no conversation %1 (loquat-cli conversations list shows them).</source>
        <translation>No existe la conversación %1 (loquat-cli conversations list las muestra).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s): %1
</source>
        <translation>
            <numerusform>Se importó %n conversación: %1
</numerusform>
            <numerusform>Se importaron %n conversaciones: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer cannot be saved: %1</source>
        <translation>No se puede guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>Conversation %1 has no model: give one with --model.</source>
        <translation>La conversación %1 no tiene modelo: indique uno con --model.</translation>
    </message>
    <message>
        <source>the answer is not saved: %1</source>
        <translation>la respuesta no se ha guardado: %1</translation>
    </message>
    <message>
        <source>the answer is no longer saved: %1</source>
        <translation>la respuesta ya no se está guardando: %1</translation>
    </message>
    <message>
        <source>the answer&apos;s end is not saved: %1</source>
        <translation>el final de la respuesta no se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>--param espera NAME=VALUE; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The API key is never taken from the command line; set LOQUAT_API_KEY instead.</source>
        <translation>La clave de API nunca se toma de la línea de comandos; defina LOQUAT_API_KEY en su lugar.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (try http://localhost:8000/v1).</source>
        <translation>&quot;%1&quot; no es una dirección de servidor (pruebe http://localhost:8000/v1).</translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation>Indique el prompt como un único argumento (entre comillas).</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models no admite argumentos.</translation>
    </message>
    <message>
        <source>--conversation takes a conversation&apos;s ID (loquat-cli conversations list shows them).</source>
        <translation>--conversation espera el ID de una conversación (loquat-cli conversations list las muestra).</translation>
    </message>
    <message>
        <source>--format takes md or json.</source>
        <translation>--format admite md o json.</translation>
    </message>
    <message>
        <source>--repeat takes a number from 1 to %1, got &quot;%2&quot;.</source>
        <translation>--repeat espera un número del 1 al %1; se recibió &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--max-image-edge takes a number of pixels or &quot;off&quot;, got &quot;%1&quot;.</source>
        <translation>--max-image-edge espera un número de píxeles u &quot;off&quot;; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--dimensions takes a positive number, got &quot;%1&quot;.</source>
        <translation>--dimensions espera un número positivo; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--batch takes a positive number, got &quot;%1&quot;.</source>
        <translation>--batch espera un número positivo; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--truncate takes a number of tokens, got &quot;%1&quot;.</source>
        <translation>--truncate espera un número de tokens; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>compare needs at least one --lane (e.g. --lane temperature=0.2 --lane temperature=1.0).</source>
        <translation>compare necesita al menos un --lane (p. ej., --lane temperature=0.2 --lane temperature=1.0).</translation>
    </message>
    <message>
        <source>--lane and --repeat belong to compare.</source>
        <translation>--lane y --repeat son opciones de compare.</translation>
    </message>
    <message>
        <source>%1 needs --model (loquat-cli models lists them).</source>
        <translation>%1 necesita --model (loquat-cli models los muestra).</translation>
    </message>
    <message>
        <source>embed needs --model (loquat-cli models lists them).</source>
        <translation>embed necesita --model (loquat-cli models los muestra).</translation>
    </message>
    <message>
        <source>embed needs texts: give them as arguments or with --file.</source>
        <translation>embed necesita textos: indíquelos como argumentos o con --file.</translation>
    </message>
    <message>
        <source>Give the texts either as arguments or with --file, not both.</source>
        <translation>Indique los textos como argumentos o con --file, no de ambas formas.</translation>
    </message>
    <message>
        <source>conversations list takes no arguments.</source>
        <translation>conversations list no admite argumentos.</translation>
    </message>
    <message>
        <source>conversations export takes one conversation&apos;s ID, or --all.</source>
        <translation>conversations export espera el ID de una conversación, o --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation ID (loquat-cli conversations list shows them).</source>
        <translation>&quot;%1&quot; no es un ID de conversación (loquat-cli conversations list las muestra).</translation>
    </message>
    <message>
        <source>conversations import takes one file.</source>
        <translation>conversations import espera un único archivo.</translation>
    </message>
    <message>
        <source>conversations needs list, export or import.</source>
        <translation>conversations necesita list, export o import.</translation>
    </message>
    <message>
        <source>Unknown conversations command &quot;%1&quot;: use list, export or import.</source>
        <translation>Comando de conversations desconocido &quot;%1&quot;: use list, export o import.</translation>
    </message>
    <message>
        <source>Usage:
  loquat-cli models [--url URL|--profile NAME] [--json]
  loquat-cli chat [--url URL|--profile NAME] --model M [--system TEXT] [--param NAME=VALUE]... [--json]
                  [--no-stream] [--image FILE|URL]... [--video FILE|URL]... [--audio FILE|URL]...
                  [--max-image-edge PIXELS|off] [--save] [--conversation ID] PROMPT|-
  loquat-cli conversations list [--json]
  loquat-cli conversations export ID|--all [--format md|json] [--output FILE]
  loquat-cli conversations import FILE
  loquat-cli profiles list [--json] | add NAME --url URL [--model M] | remove NAME | set-key NAME
  loquat-cli embed [--url URL|--profile NAME] --model M [--query Q] [--dimensions D] [--batch N]
                   [--truncate[=TOKENS]] [--json] (TEXT... | --file F [--field NAME])
  loquat-cli compare [--url URL|--profile NAME] --model M --lane SPEC [--lane SPEC]... [--repeat K]
                  [--system TEXT] [--json] PROMPT|-

--url defaults to $LOQUAT_URL, else http://localhost:8000/v1.
--param takes vLLM&apos;s own field names (temperature, top_k, min_p, seed, stop, max_tokens, ...);
  values are read as JSON where they parse: --param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;.
compare runs the lanes at once and prints each answer and a table of figures. A lane SPEC is
  NAME=VALUE pairs separated by commas (temperature=1.0,top_p=0.9); model=M picks another model,
  preset=NAME starts from a preset (Precise, Balanced, Creative or your own); &apos;&apos; is server defaults.
  --repeat K runs every lane K times.
--image, --video and --audio attach media (repeatable, sent in the order given, before the
  prompt): a file is sent as a data: URL, an http(s) URL as a reference the server fetches.
  Images larger than --max-image-edge (default 2048 px, &apos;off&apos; to keep them) are scaled down.
PROMPT &apos;-&apos; (or none) reads the prompt from standard input.
embed prints the cosine-similarity matrix of the texts, or with --query the texts ranked
  against the query, or with --json every vector; --file takes one text per line (.txt, &apos;-&apos;
  for standard input), or the column/field --field of a .csv or .jsonl file.
--profile NAME (instead of --url) uses one of the app&apos;s server profiles: its address, its
  key from the OS keychain, its time-outs, headers and default model. set-key reads the key
  from standard input (never the command line).
Without a profile the API key comes from LOQUAT_API_KEY, else VLLM_API_KEY, else
  OPENAI_API_KEY (which also override a profile&apos;s key for that run).
LOQUAT_TIMEOUT (seconds) sets the first-byte and idle time-outs (default 180).

History (shared with the app): chat --save keeps the question and the answer as a new
conversation; --conversation ID continues one (its history, system prompt, params and model
apply unless given). --data-dir DIR (or $LOQUAT_DATA_DIR) picks where it is kept.
</source>
        <translation>Uso:
  loquat-cli models [--url URL|--profile NAME] [--json]
  loquat-cli chat [--url URL|--profile NAME] --model M [--system TEXT] [--param NAME=VALUE]... [--json]
                  [--no-stream] [--image FILE|URL]... [--video FILE|URL]... [--audio FILE|URL]...
                  [--max-image-edge PIXELS|off] [--save] [--conversation ID] PROMPT|-
  loquat-cli conversations list [--json]
  loquat-cli conversations export ID|--all [--format md|json] [--output FILE]
  loquat-cli conversations import FILE
  loquat-cli profiles list [--json] | add NAME --url URL [--model M] | remove NAME | set-key NAME
  loquat-cli embed [--url URL|--profile NAME] --model M [--query Q] [--dimensions D] [--batch N]
                   [--truncate[=TOKENS]] [--json] (TEXT... | --file F [--field NAME])
  loquat-cli compare [--url URL|--profile NAME] --model M --lane SPEC [--lane SPEC]... [--repeat K]
                  [--system TEXT] [--json] PROMPT|-

--url toma por defecto $LOQUAT_URL o, si no está definida, http://localhost:8000/v1.
--param usa los nombres de campo propios de vLLM (temperature, top_k, min_p, seed, stop, max_tokens, ...);
  los valores se leen como JSON cuando son JSON válido: --param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;.
compare ejecuta los carriles a la vez y muestra cada respuesta y una tabla de cifras. Un SPEC de carril
  son pares NAME=VALUE separados por comas (temperature=1.0,top_p=0.9); model=M elige otro modelo,
  preset=NAME parte de un preajuste (Precise, Balanced, Creative o uno propio); &apos;&apos; son los valores
  predeterminados del servidor. --repeat K ejecuta cada carril K veces.
--image, --video y --audio adjuntan multimedia (se pueden repetir; se envían en el orden indicado, antes
  del prompt): un archivo se envía como URL data:, una URL http(s) como referencia que descarga el servidor.
  Las imágenes mayores que --max-image-edge (2048 px por defecto, &apos;off&apos; para conservarlas) se reducen.
PROMPT &apos;-&apos; (o ninguno) lee el prompt de la entrada estándar.
embed muestra la matriz de similitud coseno de los textos, o con --query los textos ordenados
  según la consulta, o con --json todos los vectores; --file toma un texto por línea (.txt, &apos;-&apos;
  para la entrada estándar), o la columna/campo --field de un archivo .csv o .jsonl.
--profile NAME (en lugar de --url) usa uno de los perfiles de servidor de la aplicación: su dirección, su
  clave del llavero del sistema, sus tiempos de espera, cabeceras y modelo predeterminado. set-key lee la
  clave de la entrada estándar (nunca de la línea de comandos).
Sin perfil, la clave de API se toma de LOQUAT_API_KEY, si no de VLLM_API_KEY, si no de
  OPENAI_API_KEY (que además sustituyen a la clave de un perfil en esa ejecución).
LOQUAT_TIMEOUT (segundos) fija los tiempos de espera del primer byte y de inactividad (180 por defecto).

Historial (compartido con la aplicación): chat --save guarda la pregunta y la respuesta como una nueva
conversación; --conversation ID continúa una existente (se aplican su historial, prompt del sistema,
parámetros y modelo salvo que se indiquen). --data-dir DIR (o $LOQUAT_DATA_DIR) elige dónde se guarda.
</translation>
    </message>
    <message>
        <source>Name a command: models, chat, compare, conversations, embed or profiles.</source>
        <translation>Indique un comando: models, chat, compare, conversations, embed o profiles.</translation>
    </message>
    <message>
        <source>Give --profile or --url, not both.</source>
        <translation>Indique --profile o --url, no ambos.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use models, chat, compare, conversations, embed or profiles.</source>
        <translation>Comando desconocido &quot;%1&quot;: use models, chat, compare, conversations, embed o profiles.</translation>
    </message>
    <message>
        <source>profiles list takes no arguments.</source>
        <translation>profiles list no admite argumentos.</translation>
    </message>
    <message>
        <source>profiles %1 takes the profile&apos;s name (quote it if it has spaces).</source>
        <translation>profiles %1 espera el nombre del perfil (entre comillas si contiene espacios).</translation>
    </message>
    <message>
        <source>profiles needs list, add, remove or set-key.</source>
        <translation>profiles necesita list, add, remove o set-key.</translation>
    </message>
    <message>
        <source>Unknown profiles command &quot;%1&quot;: use list, add, remove or set-key.</source>
        <translation>Comando de profiles desconocido &quot;%1&quot;: use list, add, remove o set-key.</translation>
    </message>
    <message>
        <source>profiles add needs --url (the server&apos;s address, e.g. http://gpu-box:8000/v1).</source>
        <translation>profiles add necesita --url (la dirección del servidor, p. ej., http://gpu-box:8000/v1).</translation>
    </message>
    <message>
        <source>--url and --model belong to profiles add; profiles takes no --profile.</source>
        <translation>--url y --model son opciones de profiles add; profiles no admite --profile.</translation>
    </message>
    <message>
        <source>%1 needs --model: the profile has no default model (loquat-cli models --profile NAME lists them).</source>
        <translation>%1 necesita --model: el perfil no tiene modelo predeterminado (loquat-cli models --profile NAME los muestra).</translation>
    </message>
    <message>
        <source>
A compare lane&apos;s profile=NAME runs that lane on another server profile: its address, its
key from the OS keychain (never the environment&apos;s) and, unless model= is given, its default
model. Lanes on different servers run at the same time; one that cannot reach its server
fails alone. Example: --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</source>
        <translation>
profile=NOMBRE en un carril de compare lo ejecuta en otro perfil de servidor: su dirección, su
clave del llavero del sistema (nunca la del entorno) y, si no se indica model=, su modelo
predeterminado. Los carriles en servidores distintos se ejecutan a la vez; el que no alcanza su
servidor falla solo. Ejemplo: --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>archivo de claves</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>Clave de API (no se muestra): </translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot; (loquat-cli profiles list shows them).</source>
        <translation>No existe ningún perfil de servidor llamado &quot;%1&quot; (loquat-cli profiles list los muestra).</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocida (%1)</translation>
    </message>
    <message>
        <source>No server profiles yet: loquat-cli profiles add NAME --url URL adds one.</source>
        <translation>Todavía no hay perfiles de servidor: loquat-cli profiles add NAME --url URL añade uno.</translation>
    </message>
    <message>
        <source>%1 %2	%3	model: %4	key: %5</source>
        <translation>%1 %2	%3	modelo: %4	clave: %5</translation>
    </message>
    <message>
        <source>(the server&apos;s first)</source>
        <translation>(el primero del servidor)</translation>
    </message>
    <message>
        <source>A server profile named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un perfil de servidor llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Give it a key with: loquat-cli profiles set-key &quot;%1&quot;</source>
        <translation>Se añadió &quot;%1&quot; (%2). Asígnele una clave con: loquat-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be removed: %2 The profile was kept.</source>
        <translation>No se pudo quitar la clave de &quot;%1&quot;: %2 Se conservó el perfil.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its key.</source>
        <translation>Se eliminaron &quot;%1&quot; y su clave.</translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing changed. (To remove a key, use the profiles window in the app.)</source>
        <translation>No se proporcionó ninguna clave por la entrada estándar; no se cambió nada. (Para quitar una clave, use la ventana de perfiles de la aplicación.)</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>No se guardó la clave: %1</translation>
    </message>
    <message>
        <source>Stored the key of &quot;%1&quot; in the %2.</source>
        <translation>Se guardó la clave de &quot;%1&quot; (ubicación: %2).</translation>
    </message>
    <message>
        <source>%1 Going on without the profile&apos;s key.</source>
        <translation>%1 Se continúa sin la clave del perfil.</translation>
    </message>
    <message>
        <source>lane %1: %2</source>
        <translation>carril %1: %2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>adapter of %1</source>
        <translation>adaptador de %1</translation>
    </message>
    <message>
        <source>loquat-cli: could not read the prompt from standard input.
</source>
        <translation>loquat-cli: no se pudo leer el prompt de la entrada estándar.
</translation>
    </message>
    <message>
        <source>loquat-cli: the prompt is empty.
</source>
        <translation>loquat-cli: el prompt está vacío.
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli: %1 Reintentando (%2) en %3 ms.
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 (&quot;%2&quot;): %3
</source>
        <translation>loquat-cli: carril %1 (&quot;%2&quot;): %3
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 lanes asked for; at most %2 run at once.
</source>
        <translation>loquat-cli: se pidieron %1 carriles; como máximo se ejecutan %2 a la vez.
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 done (%2)
</source>
        <translation>loquat-cli: carril %1 terminado (%2)
</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>(failed) %1
</source>
        <translation>(con error) %1
</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>carril</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>loquat-cli: cannot create a temporary folder for the images.
</source>
        <translation>loquat-cli: no se puede crear una carpeta temporal para las imágenes.
</translation>
    </message>
    <message>
        <source>Cannot attach “%1” as %2: it is a %3.</source>
        <translation>No se puede adjuntar “%1” como %2: es de tipo %3.</translation>
    </message>
    <message>
        <source>loquat-cli: saved in conversation %1 (continue it with --conversation %1).
</source>
        <translation>loquat-cli: guardado en la conversación %1 (continúela con --conversation %1).
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1: the profile &quot;%2&quot; was not read.
</source>
        <translation>loquat-cli: carril %1: no se leyó el perfil «%2».
</translation>
    </message>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>no se pudo leer la clave de API del perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Lane %1</source>
        <translation>Carril %1</translation>
    </message>
    <message>
        <source>Speed (tokens/s)</source>
        <translation>Velocidad (tokens/s)</translation>
    </message>
    <message>
        <source>Length (completion tokens)</source>
        <translation>Longitud (tokens de respuesta)</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>failed: %1</source>
        <translation>con error: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source># Comparison</source>
        <translation># Comparación</translation>
    </message>
    <message numerus="yes">
        <source>After %n earlier message(s).</source>
        <translation>
            <numerusform>Tras %n mensaje anterior.</numerusform>
            <numerusform>Tras %n mensajes anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>**Prompt**</source>
        <translation>**Prompt**</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Differs from lane 1</source>
        <translation>Difiere del carril 1</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Tokens del prompt</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Tokens de respuesta</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Model %1 at %2</source>
        <translation>Modelo %1 en %2</translation>
    </message>
    <message>
        <source>Model %1 on profile %2 (%3)</source>
        <translation>Modelo %1 en el perfil %2 (%3)</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>Versión del servidor: %1.</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation>Continuar en el chat</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Stop this lane; the others go on</source>
        <translation>Detener este carril; los demás continúan</translation>
    </message>
    <message>
        <source>Make this answer the chat&apos;s: the conversation goes on from it</source>
        <translation>Convertir esta respuesta en la del chat: la conversación continúa a partir de ella</translation>
    </message>
    <message>
        <source>The exact request of this lane (copy as JSON or curl, replay)</source>
        <translation>La solicitud exacta de este carril (copiar como JSON o curl, repetir)</translation>
    </message>
    <message>
        <source>Lane %1 · %2</source>
        <translation>Carril %1 · %2</translation>
    </message>
    <message>
        <source>The reference lane</source>
        <translation>El carril de referencia</translation>
    </message>
    <message>
        <source>Same settings as lane 1</source>
        <translation>Misma configuración que el carril 1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Difiere: %1</translation>
    </message>
    <message>
        <source>wall %1 ms</source>
        <translation>tiempo %1 ms</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recibiendo…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>fin: %1</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: choose a model for this lane.</source>
        <translation>No enviado: elija un modelo para este carril.</translation>
    </message>
    <message>
        <source>Not sent: the lane&apos;s server has no address.</source>
        <translation>No enviado: el servidor del carril no tiene dirección.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Speed and length</source>
        <translation>Velocidad y longitud</translation>
    </message>
    <message>
        <source>Word diff</source>
        <translation>Diferencias por palabras</translation>
    </message>
    <message>
        <source>Prompt to compare</source>
        <translation>Prompt para comparar</translation>
    </message>
    <message>
        <source>The prompt every lane answers (Ctrl+Enter runs)</source>
        <translation>El prompt al que responden todos los carriles (Ctrl+Enter lo ejecuta)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Send the prompt to every lane at once (Ctrl+Enter)</source>
        <translation>Enviar el prompt a todos los carriles a la vez (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copied the comparison as Markdown.</source>
        <translation>Se copió la comparación como Markdown.</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <source>Copied the comparison as JSON.</source>
        <translation>Se copió la comparación como JSON.</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Guardar como Markdown…</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Guardar la comparación</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Guardar como JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>Barrido…</translation>
    </message>
    <message>
        <source>Make lanes from lane 1 by varying one parameter, over seeds, or by repeating</source>
        <translation>Crear carriles a partir del carril 1 variando un parámetro, recorriendo semillas o repitiendo</translation>
    </message>
    <message numerus="yes">
        <source>After the request&apos;s %n earlier message(s)</source>
        <translation>
            <numerusform>Tras %n mensaje anterior de la solicitud</numerusform>
            <numerusform>Tras los %n mensajes anteriores de la solicitud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the chat&apos;s conversation so far (%n message(s))</source>
        <translation>
            <numerusform>Tras la conversación del chat hasta ahora (%n mensaje)</numerusform>
            <numerusform>Tras la conversación del chat hasta ahora (%n mensajes)</numerusform>
        </translation>
    </message>
    <message>
        <source>After the chat&apos;s conversation so far (it is empty)</source>
        <translation>Tras la conversación del chat hasta ahora (está vacía)</translation>
    </message>
    <message>
        <source>At most %1 lanes run side by side.</source>
        <translation>Como máximo se ejecutan %1 carriles en paralelo.</translation>
    </message>
    <message>
        <source>A comparison has 1 to %1 lanes.</source>
        <translation>Una comparación tiene de 1 a %1 carriles.</translation>
    </message>
    <message>
        <source>Lane 1 is the sweep&apos;s starting point; fix it first: %1</source>
        <translation>El carril 1 es el punto de partida del barrido; corríjalo primero: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made %n lane(s).</source>
        <translation>
            <numerusform>Se creó %n carril.</numerusform>
            <numerusform>Se crearon %n carriles.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 lanes: remove one to add this request.</source>
        <translation>Como máximo %1 carriles: quite uno para añadir esta solicitud.</translation>
    </message>
    <message>
        <source>Added the request as lane %1.</source>
        <translation>Se añadió la solicitud como carril %1.</translation>
    </message>
    <message>
        <source>A comparison is running: stop it first.</source>
        <translation>Hay una comparación en curso: deténgala primero.</translation>
    </message>
    <message>
        <source>Write the prompt first.</source>
        <translation>Escriba primero el prompt.</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Carril %1: %2</translation>
    </message>
    <message>
        <source>Could not start the comparison.</source>
        <translation>No se pudo iniciar la comparación.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s)…</source>
        <translation>
            <numerusform>Ejecutando %n carril…</numerusform>
            <numerusform>Ejecutando %n carriles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message numerus="yes">
        <source>Done; %n lane(s) failed (the reason is on the lane).</source>
        <translation>
            <numerusform>Listo; falló %n carril (el motivo aparece en el carril).</numerusform>
            <numerusform>Listo; fallaron %n carriles (el motivo aparece en cada carril).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>Se guardó la comparación en %1.</translation>
    </message>
    <message>
        <source>Could not save the comparison to %1: %2</source>
        <translation>No se pudo guardar la comparación en %1: %2</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>Ejecutar la comparación</translation>
    </message>
    <message>
        <source>Loading the models of %1…</source>
        <translation>Cargando los modelos de %1…</translation>
    </message>
    <message>
        <source>Lane %1: the models of %2 could not be loaded: %3</source>
        <translation>Carril %1: no se pudieron cargar los modelos de %2: %3</translation>
    </message>
    <message>
        <source>Getting the lanes&apos; servers ready…</source>
        <translation>Preparando los servidores de los carriles…</translation>
    </message>
    <message>
        <source>Added the request&apos;s text as lane %1; its attachments are not sent from Compare.</source>
        <translation>Se añadió el texto de la solicitud como carril %1; sus adjuntos no se envían desde Comparar.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s) with the conversation&apos;s text; its %1 attachment(s) are not sent from Compare.</source>
        <translation>
            <numerusform>Ejecutando %n carril con el texto de la conversación; sus %1 adjuntos no se envían desde Comparar.</numerusform>
            <numerusform>Ejecutando %n carriles con el texto de la conversación; sus %1 adjuntos no se envían desde Comparar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line, Esc to stop</source>
        <translation>Mensaje — Enter para enviar, Shift+Enter para una nueva línea, Esc para detener</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter envía el mensaje, Shift+Enter inicia una nueva línea y Esc detiene la respuesta.</translation>
    </message>
    <message>
        <source>Send or stop</source>
        <translation>Enviar o detener</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Enter)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Attach images, video or audio (or drop or paste them here)</source>
        <translation>Adjuntar imágenes, vídeo o audio (o suéltelos o péguelos aquí)</translation>
    </message>
    <message>
        <source>Attach media</source>
        <translation>Adjuntar multimedia</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <source>Image from the clipboard</source>
        <translation>Imagen del portapapeles</translation>
    </message>
    <message>
        <source>The clipboard holds no image or media file.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo multimedia.</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>Dirección web…</translation>
    </message>
    <message>
        <source>Send images at most</source>
        <translation>Tamaño máximo de las imágenes al enviar</translation>
    </message>
    <message>
        <source>%1 px on the longest side</source>
        <translation>%1 px en el lado más largo</translation>
    </message>
    <message>
        <source>At their own size (no scaling)</source>
        <translation>A su tamaño original (sin escalar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach images, video or audio</source>
        <translation>Adjuntar imágenes, vídeo o audio</translation>
    </message>
    <message>
        <source>Attach a web address</source>
        <translation>Adjuntar una dirección web</translation>
    </message>
    <message>
        <source>An http(s) address of an image, video or audio file; the server fetches it:</source>
        <translation>Una dirección http(s) de un archivo de imagen, vídeo o audio; el servidor lo descarga:</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Wait a moment: the attachments are still being prepared.</source>
        <translation>Espere un momento: los adjuntos aún se están preparando.</translation>
    </message>
    <message>
        <source>Wait: the attachments are being prepared</source>
        <translation>Espere: se están preparando los adjuntos</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>It is not JSON (%1 at byte %2).</source>
        <translation>No es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The list is not a list of OpenAI messages.</source>
        <translation>La lista no es una lista de mensajes de OpenAI.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Loquat (format version %1).</source>
        <translation>Lo escribió una versión más reciente de Loquat (versión de formato %1).</translation>
    </message>
    <message>
        <source>A conversation in it has a message of unknown role.</source>
        <translation>Una de sus conversaciones tiene un mensaje con un rol desconocido.</translation>
    </message>
    <message>
        <source>It holds no conversations.</source>
        <translation>No contiene conversaciones.</translation>
    </message>
    <message>
        <source>A message in it has an unknown role.</source>
        <translation>Uno de sus mensajes tiene un rol desconocido.</translation>
    </message>
    <message>
        <source>Its messages are not OpenAI messages.</source>
        <translation>Sus mensajes no son mensajes de OpenAI.</translation>
    </message>
    <message>
        <source>It is neither a Loquat export nor a list of OpenAI messages.</source>
        <translation>No es ni una exportación de Loquat ni una lista de mensajes de OpenAI.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciada: %1</translation>
    </message>
    <message>
        <source>Parameters: `%1`</source>
        <translation>Parámetros: `%1`</translation>
    </message>
    <message>
        <source>**System prompt**</source>
        <translation>**Prompt del sistema**</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Asistente · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de herramienta</translation>
    </message>
    <message>
        <source>&gt; *Reasoning*</source>
        <translation>&gt; *Razonamiento*</translation>
    </message>
    <message>
        <source>*Tool call* `%1`</source>
        <translation>*Llamada a herramienta* `%1`</translation>
    </message>
    <message>
        <source>*Failed: %1*</source>
        <translation>*Error: %1*</translation>
    </message>
    <message>
        <source>*Stopped*</source>
        <translation>*Detenida*</translation>
    </message>
    <message>
        <source>*Interrupted*</source>
        <translation>*Interrumpida*</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>*Attached: %1*</source>
        <translation>*Adjuntos: %1*</translation>
    </message>
    <message>
        <source>*Attached: %1 (not exported: the file is no longer in the attachment store, or could not be read)*</source>
        <translation>*Adjunto: %1 (no exportado: el archivo ya no está en el almacén de adjuntos o no se pudo leer)*</translation>
    </message>
    <message>
        <source>*Attached:* %1</source>
        <translation>*Adjunto:* %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Copied the code to the clipboard.</source>
        <translation>Se copió el código al portapapeles.</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Sen&amp;d message</source>
        <translation>&amp;Enviar mensaje</translation>
    </message>
    <message>
        <source>Send what is in the message field (Enter there does the same)</source>
        <translation>Enviar lo que hay en el campo del mensaje (Enter en él hace lo mismo)</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>&amp;Detener respuesta</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc in the message field does the same)</source>
        <translation>Detener la respuesta que se está escribiendo (Esc en el campo del mensaje hace lo mismo)</translation>
    </message>
    <message>
        <source>&amp;Regenerate last answer</source>
        <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>Write the last answer again, keeping the old one as a version</source>
        <translation>Volver a escribir la última respuesta, conservando la anterior como versión</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Editar el último &amp;mensaje</translation>
    </message>
    <message>
        <source>Put your last message in the message field to change and send again</source>
        <translation>Poner su último mensaje en el campo del mensaje para modificarlo y volver a enviarlo</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files, an image from the clipboard or a web address</source>
        <translation>Adjuntar archivos, una imagen del portapapeles o una dirección web</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Conversación si&amp;guiente</translation>
    </message>
    <message>
        <source>Open the conversation below this one in the history</source>
        <translation>Abrir la conversación situada debajo de esta en el historial</translation>
    </message>
    <message>
        <source>Pre&amp;vious conversation</source>
        <translation>Conversación an&amp;terior</translation>
    </message>
    <message>
        <source>Open the conversation above this one in the history</source>
        <translation>Abrir la conversación situada encima de esta en el historial</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>A larger font in the conversation</source>
        <translation>Una fuente más grande en la conversación</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>A smaller font in the conversation</source>
        <translation>Una fuente más pequeña en la conversación</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Tamaño de texto predeterminado</translation>
    </message>
    <message>
        <source>The conversation in the system&apos;s font size</source>
        <translation>La conversación con el tamaño de fuente del sistema</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Theme, conversation font size and language</source>
        <translation>Tema, tamaño de fuente de la conversación e idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Todos los atajos de la ventana</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>First lane</source>
        <translation>Primer carril</translation>
    </message>
    <message>
        <source>Second lane</source>
        <translation>Segundo carril</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Carril %1</translation>
    </message>
    <message>
        <source>%1% of the words in common</source>
        <translation>%1% de las palabras en común</translation>
    </message>
    <message>
        <source>Word differences</source>
        <translation>Diferencias de palabras</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>could not read standard input.</source>
        <translation>no se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>no se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has no column or field &quot;%2&quot; (it has: %3).</source>
        <translation>%1 no tiene ninguna columna ni campo &quot;%2&quot; (tiene: %3).</translation>
    </message>
    <message>
        <source>%1 holds no texts.</source>
        <translation>%1 no contiene textos.</translation>
    </message>
    <message>
        <source>loquat-cli: %1
</source>
        <translation>loquat-cli: %1
</translation>
    </message>
    <message>
        <source>loquat-cli: a text is empty; give only texts with words in them.
</source>
        <translation>loquat-cli: un texto está vacío; indique solo textos que contengan palabras.
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli: %1 Reintentando (%2) en %3 ms.
</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>text %1 (&quot;%2&quot;)</source>
        <translation>texto %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la consulta</translation>
    </message>
    <message>
        <source>loquat-cli: %1 was refused: %2
</source>
        <translation>loquat-cli: se rechazó %1: %2
</translation>
    </message>
    <message>
        <source>loquat-cli: the vector of %1 holds NaN or infinity; it is left out.
</source>
        <translation>loquat-cli: el vector de %1 contiene NaN o infinito; se omite.
</translation>
    </message>
    <message>
        <source>the vector holds NaN or infinity</source>
        <translation>el vector contiene NaN o infinito</translation>
    </message>
</context>
<context>
    <name>EmbeddingDecoder</name>
    <message>
        <source>The vector&apos;s bytes are not a whole number of float32 values.</source>
        <translation>Los bytes del vector no forman un número entero de valores float32.</translation>
    </message>
    <message>
        <source>The vector is not valid base64.</source>
        <translation>El vector no es base64 válido.</translation>
    </message>
</context>
<context>
    <name>EmbeddingErrors</name>
    <message>
        <source>The server does not serve embeddings (HTTP 404 Not Found): its model is not an embedding model, or the address is wrong.</source>
        <translation>El servidor no ofrece embeddings (HTTP 404 Not Found): su modelo no es un modelo de embeddings o la dirección es incorrecta.</translation>
    </message>
    <message>
        <source>Too long for the model (HTTP 400): %1</source>
        <translation>Demasiado largo para el modelo (HTTP 400): %1</translation>
    </message>
    <message>
        <source>The server does not serve a reranker (HTTP 404 Not Found on /rerank, /v1/rerank and /score): its model is neither a cross-encoder nor an embedding model.</source>
        <translation>El servidor no ofrece un reranker (HTTP 404 Not Found en /rerank, /v1/rerank y /score): su modelo no es ni un cross-encoder ni un modelo de embeddings.</translation>
    </message>
</context>
<context>
    <name>EmbeddingResponse</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The answer has no `data` list of vectors.</source>
        <translation>La respuesta no tiene una lista `data` de vectores.</translation>
    </message>
    <message>
        <source>The server sent %1 vectors for %2 texts.</source>
        <translation>El servidor envió %1 vectores para %2 textos.</translation>
    </message>
    <message>
        <source>The answer&apos;s vector indexes do not match the texts sent.</source>
        <translation>Los índices de los vectores de la respuesta no coinciden con los textos enviados.</translation>
    </message>
    <message>
        <source>A vector holds something other than numbers.</source>
        <translation>Un vector contiene algo que no son números.</translation>
    </message>
    <message>
        <source>An answer item has no `embedding`.</source>
        <translation>Un elemento de la respuesta no tiene `embedding`.</translation>
    </message>
    <message>
        <source>The server sent an empty vector.</source>
        <translation>El servidor envió un vector vacío.</translation>
    </message>
    <message>
        <source>The server sent vectors of different lengths (%1 and %2).</source>
        <translation>El servidor envió vectores de longitudes distintas (%1 y %2).</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetFile</name>
    <message>
        <source>This is not a Loquat embeddings set.</source>
        <translation>Esto no es un conjunto de embeddings de Loquat.</translation>
    </message>
    <message>
        <source>The set was saved by a newer Loquat (format version %1).</source>
        <translation>El conjunto lo guardó una versión más reciente de Loquat (versión de formato %1).</translation>
    </message>
    <message>
        <source>The vector of text %1 in the set is damaged.</source>
        <translation>El vector del texto %1 del conjunto está dañado.</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetModel</name>
    <message>
        <source>Empty: left out</source>
        <translation>Vacío: se omite</translation>
    </message>
    <message>
        <source>Unusable: the vector holds NaN or infinity</source>
        <translation>No utilizable: el vector contiene NaN o infinito</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Sin calcular</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>EmbeddingsPanel</name>
    <message>
        <source>Loquat embeddings sets (*.loquat-embeddings.json *.json)</source>
        <translation>Conjuntos de embeddings de Loquat (*.loquat-embeddings.json *.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB are read).</source>
        <translation>%1 es demasiado grande (%2 MB; se leen como máximo %3 MB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (nothing was changed)</source>
        <translation>No se pudo escribir %1: %2 (no se cambió nada)</translation>
    </message>
    <message>
        <source>&amp;Truncate long texts to</source>
        <translation>&amp;Truncar los textos largos a</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Point at a cell to read its value; click it to sort by that text.</source>
        <translation>Señale una celda para leer su valor; haga clic en ella para ordenar por ese texto.</translation>
    </message>
    <message>
        <source>Embeddings status</source>
        <translation>Estado de los embeddings</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Type or paste texts, one per line</source>
        <translation>Escriba o pegue textos, uno por línea</translation>
    </message>
    <message>
        <source>Add texts</source>
        <translation>Añadir textos</translation>
    </message>
    <message>
        <source>One text per line. Blank lines are skipped.</source>
        <translation>Un texto por línea. Las líneas en blanco se omiten.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s text, one text per line (Ctrl+Shift+V)</source>
        <translation>Añadir el texto del portapapeles, un texto por línea (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Texts from a .txt (one per line), .csv (a column) or .jsonl (a field)</source>
        <translation>Textos de un .txt (uno por línea), .csv (una columna) o .jsonl (un campo)</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Importar textos</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Textos (*.txt *.csv *.tsv *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected texts (Delete)</source>
        <translation>Quitar los textos seleccionados (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected texts up (Alt+Up)</source>
        <translation>Subir los textos seleccionados (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected texts down (Alt+Down)</source>
        <translation>Bajar los textos seleccionados (Alt+Down)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every text</source>
        <translation>Quitar todos los textos</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a saved set of texts and vectors</source>
        <translation>Abrir un conjunto guardado de textos y vectores</translation>
    </message>
    <message>
        <source>Open a set</source>
        <translation>Abrir un conjunto</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the texts, labels and vectors to reopen later</source>
        <translation>Guardar los textos, las etiquetas y los vectores para volver a abrirlos más tarde</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>Guardar el conjunto</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Vectors as CSV…</source>
        <translation>Vectores como CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Vectors as JSON…</source>
        <translation>Vectores como JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Vectors as NumPy .npy…</source>
        <translation>Vectores como NumPy .npy…</translation>
    </message>
    <message>
        <source>NumPy (*.npy)</source>
        <translation>NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Similarity matrix as CSV…</source>
        <translation>Matriz de similitud como CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation>Textos por solicitud</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>el del modelo</translation>
    </message>
    <message>
        <source>`dimensions`: fewer dimensions from a Matryoshka model (nomic-embed, Qwen3-Embedding, ...); other models refuse it</source>
        <translation>`dimensions`: menos dimensiones con un modelo Matryoshka (nomic-embed, Qwen3-Embedding, ...); otros modelos lo rechazan</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>the model&apos;s limit</source>
        <translation>el límite del modelo</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Truncate to tokens</source>
        <translation>Truncar a tokens</translation>
    </message>
    <message>
        <source>`truncate_prompt_tokens`: cut texts that are too long instead of having the server refuse them</source>
        <translation>`truncate_prompt_tokens`: recortar los textos demasiado largos en lugar de que el servidor los rechace</translation>
    </message>
    <message>
        <source>base64 (float32)</source>
        <translation>base64 (float32)</translation>
    </message>
    <message>
        <source>JSON numbers</source>
        <translation>Números JSON</translation>
    </message>
    <message>
        <source>How vectors travel: base64 is exact and about five times smaller</source>
        <translation>Cómo viajan los vectores: base64 es exacto y unas cinco veces más pequeño</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>Uso de tokens</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensiones:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>C&amp;odificación:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>In list order</source>
        <translation>En el orden de la lista</translation>
    </message>
    <message>
        <source>Clustered (average linkage)</source>
        <translation>Agrupadas (enlace promedio)</translation>
    </message>
    <message>
        <source>By similarity to the selected text</source>
        <translation>Por similitud con el texto seleccionado</translation>
    </message>
    <message>
        <source>Row order</source>
        <translation>Orden de las filas</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Map (PCA)</source>
        <translation>Mapa (PCA)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Texts added: %1.</source>
        <translation>Textos añadidos: %1.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>&amp;Resume (%1 left)</source>
        <translation>&amp;Reanudar (quedan %1)</translation>
    </message>
    <message>
        <source>&amp;Compute %1</source>
        <translation>&amp;Calcular %1</translation>
    </message>
    <message>
        <source>Choose a model first: enter the server&apos;s address and pick an embedding model.</source>
        <translation>Elija primero un modelo: introduzca la dirección del servidor y elija un modelo de embeddings.</translation>
    </message>
    <message>
        <source>Add some texts first.</source>
        <translation>Añada primero algunos textos.</translation>
    </message>
    <message>
        <source>Every text has a vector.</source>
        <translation>Todos los textos tienen vector.</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>Reintentando (intento %1) en %2 s: %3</translation>
    </message>
    <message>
        <source>Computing %1 vectors (empty texts left out: %2)…</source>
        <translation>Calculando %1 vectores (textos vacíos omitidos: %2)…</translation>
    </message>
    <message>
        <source>Computing %1 vectors…</source>
        <translation>Calculando %1 vectores…</translation>
    </message>
    <message>
        <source>Tokens: %1 · requests: %2 · %3 s</source>
        <translation>Tokens: %1 · solicitudes: %2 · %3 s</translation>
    </message>
    <message>
        <source>Requests: %1 · %2 s</source>
        <translation>Solicitudes: %1 · %2 s</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see their status).</source>
        <translation>Rechazados por el servidor: %1 (consulte su estado).</translation>
    </message>
    <message>
        <source>Vectors holding NaN or infinity, left out of every view: %1.</source>
        <translation>Vectores con NaN o infinito, omitidos en todas las vistas: %1.</translation>
    </message>
    <message>
        <source>Vectors computed: %1.</source>
        <translation>Vectores calculados: %1.</translation>
    </message>
    <message>
        <source>Stopped. Texts left: %1 — Resume computes them.</source>
        <translation>Detenido. Textos pendientes: %1 — Reanudar los calcula.</translation>
    </message>
    <message>
        <source>%1 The finished batches are kept. Texts left: %2 — Resume computes them.</source>
        <translation>%1 Se conservan los lotes terminados. Textos pendientes: %2 — Reanudar los calcula.</translation>
    </message>
    <message>
        <source>%1 answers embeddings of %2 dimensions.</source>
        <translation>%1 devuelve embeddings de %2 dimensiones.</translation>
    </message>
    <message>
        <source>The vectors have different lengths (computed with different settings?): compute again.</source>
        <translation>Los vectores tienen longitudes distintas (¿calculados con otra configuración?): vuelva a calcularlos.</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>Calcule los vectores para ver lo parecidos que son los textos.</translation>
    </message>
    <message>
        <source>%1 texts: the similarity map is drawn for at most %2 texts. The search and the PCA map still work.</source>
        <translation>%1 textos: el mapa de similitud se dibuja para %2 textos como máximo. La búsqueda y el mapa PCA siguen funcionando.</translation>
    </message>
    <message>
        <source>The PCA map is drawn for at most %1 texts.</source>
        <translation>El mapa PCA se dibuja para %1 textos como máximo.</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>Calcule los vectores de al menos dos textos para verlos en un mapa.</translation>
    </message>
    <message>
        <source>Select a text in the list (or click a row of the map) to sort by similarity to it.</source>
        <translation>Seleccione un texto de la lista (o haga clic en una fila del mapa) para ordenar por similitud con él.</translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation>Escriba primero una consulta.</translation>
    </message>
    <message>
        <source>Compute the texts&apos; vectors to rank them by embedding similarity.</source>
        <translation>Calcule los vectores de los textos para clasificarlos por similitud de embeddings.</translation>
    </message>
    <message>
        <source>The vectors come from %1 at %2: choose that model again, or compute the vectors again.</source>
        <translation>Los vectores proceden de %1 en %2: elija de nuevo ese modelo o vuelva a calcular los vectores.</translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation>Calculando el embedding de la consulta…</translation>
    </message>
    <message>
        <source>The query&apos;s vector holds NaN or infinity.</source>
        <translation>El vector de la consulta contiene NaN o infinito.</translation>
    </message>
    <message>
        <source>The reranker is off.</source>
        <translation>El reranker está desactivado.</translation>
    </message>
    <message>
        <source>The vectors have different lengths: compute again.</source>
        <translation>Los vectores tienen longitudes distintas: vuelva a calcularlos.</translation>
    </message>
    <message>
        <source>Cosine of the vectors · %1 · %2 texts</source>
        <translation>Coseno de los vectores · %1 · %2 textos</translation>
    </message>
    <message>
        <source>Reranking %1 texts…</source>
        <translation>Reclasificando %1 textos…</translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 tokens</translation>
    </message>
    <message>
        <source>POST %1 · %2%3</source>
        <translation>POST %1 · %2%3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Added %1 texts from %2.</source>
        <translation>Se añadieron %1 textos de %2.</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>El archivo no contiene texto.</translation>
    </message>
    <message>
        <source>Saved %1 texts to %2.</source>
        <translation>Se guardaron %1 textos en %2.</translation>
    </message>
    <message>
        <source>Opened %1: %2 texts, %3 with vectors.</source>
        <translation>Se abrió %1: %2 textos, %3 con vectores.</translation>
    </message>
    <message>
        <source>The set could not be read.</source>
        <translation>No se pudo leer el conjunto.</translation>
    </message>
    <message>
        <source>There are no vectors to export yet.</source>
        <translation>Todavía no hay vectores que exportar.</translation>
    </message>
    <message>
        <source>The similarity matrix is still being computed; try again in a moment.</source>
        <translation>La matriz de similitud todavía se está calculando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no similarity matrix for this many texts.</source>
        <translation>No hay matriz de similitud para tantos textos.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
    <message>
        <source>Remove the selected texts (in the list)</source>
        <translation>Quitar los textos seleccionados (en la lista)</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines as texts (Embeddings page)</source>
        <translation>Añadir las líneas del portapapeles como textos (página Embeddings)</translation>
    </message>
    <message>
        <source>Move the selected texts up (in the list)</source>
        <translation>Subir los textos seleccionados (en la lista)</translation>
    </message>
    <message>
        <source>Move the selected texts down (in the list)</source>
        <translation>Bajar los textos seleccionados (en la lista)</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2.</source>
        <translation>Creado con el perfil %1 en %2.</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2, which is not one of your profiles.</source>
        <translation>Creado con el perfil %1 en %2, que no es uno de sus perfiles.</translation>
    </message>
    <message>
        <source>Use the profile %1</source>
        <translation>Usar el perfil %1</translation>
    </message>
    <message>
        <source>Its vectors answer queries only with that server&apos;s model.</source>
        <translation>Sus vectores solo responden consultas con el modelo de ese servidor.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>%1 is not a key file Loquat wrote</source>
        <translation>%1 no es un archivo de claves escrito por Loquat</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>no se puede crear la carpeta para %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Similarity map</source>
        <translation>Mapa de similitud</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>Calcule los vectores para ver lo parecidos que son los textos.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para “%1”.</translation>
    </message>
    <message>
        <source>No conversations yet. What you send is kept here.</source>
        <translation>Todavía no hay conversaciones. Lo que envíe se guardará aquí.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export all as JSON…</source>
        <translation>Exportar todas como JSON…</translation>
    </message>
    <message>
        <source>Export all as Markdown…</source>
        <translation>Exportar todas como Markdown…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>its data is damaged or incomplete</source>
        <translation>sus datos están dañados o incompletos</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The first row names the columns</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>Importar textos de %1</translation>
    </message>
    <message>
        <source>Column with the texts</source>
        <translation>Columna con los textos</translation>
    </message>
    <message>
        <source>Column with the labels</source>
        <translation>Columna con las etiquetas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Texts from column:</source>
        <translation>&amp;Textos de la columna:</translation>
    </message>
    <message>
        <source>&amp;Texts from field:</source>
        <translation>&amp;Textos del campo:</translation>
    </message>
    <message>
        <source>&amp;Labels from:</source>
        <translation>&amp;Etiquetas de:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Lines that could not be read are left out (%1): %2</source>
        <translation>Se omiten las líneas que no se pudieron leer (%1): %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 texts will be added (records with an empty text are left out).</source>
        <translation>Se añadirán %1 textos (se omiten los registros con texto vacío).</translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>no HTTP status</source>
        <translation>sin estado HTTP</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Try the keychain again</source>
        <translation>Volver a intentar con el llavero</translation>
    </message>
    <message>
        <source>Keep keys in a file…</source>
        <translation>Guardar las claves en un archivo…</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>After unlocking or starting the keyring, use the OS keychain again</source>
        <translation>Tras desbloquear o iniciar el llavero, volver a usar el llavero del sistema</translation>
    </message>
    <message>
        <source>Store API keys unencrypted in a file only you can read (not recommended)</source>
        <translation>Guardar las claves de API sin cifrar en un archivo que solo usted puede leer (no recomendado)</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: API keys are stored unencrypted in %1.</source>
        <translation>El llavero del sistema no está disponible: las claves de API se guardan sin cifrar en %1.</translation>
    </message>
    <message>
        <source>Keep API keys in a file?</source>
        <translation>¿Guardar las claves de API en un archivo?</translation>
    </message>
    <message>
        <source>Without a keychain, Loquat can keep API keys in a plain file in your settings folder, readable only by your user account but not encrypted: anyone who can read your files (a backup, another program you run, an administrator) can read the keys.

Keep API keys in a file?</source>
        <translation>Sin llavero, Loquat puede guardar las claves de API en un archivo normal de su carpeta de configuración, legible solo por su cuenta de usuario pero sin cifrar: cualquiera que pueda leer sus archivos (una copia de seguridad, otro programa que ejecute, un administrador) puede leer las claves.

¿Guardar las claves de API en un archivo?</translation>
    </message>
    <message>
        <source>Keep keys in a file</source>
        <translation>Guardar las claves en un archivo</translation>
    </message>
</context>
<context>
    <name>LaneEditor</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>Parámetros personalizados</translation>
    </message>
    <message>
        <source>overrides, e.g. temperature=0.9, seed=3</source>
        <translation>parámetros, p. ej., temperature=0.9, seed=3</translation>
    </message>
    <message>
        <source>Sampling fields as NAME=VALUE, separated by commas; they win over the preset&apos;s. Names are vLLM&apos;s: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</source>
        <translation>Campos de muestreo como NAME=VALUE, separados por comas; prevalecen sobre los del preajuste. Los nombres son los de vLLM: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation>Quitar este carril</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Carril %1</translation>
    </message>
    <message>
        <source>no preset</source>
        <translation>sin preajuste</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>The server profile this lane talks to (its address and its key); lanes on different servers run at the same time</source>
        <translation>El perfil de servidor con el que habla este carril (su dirección y su clave); los carriles en servidores distintos se ejecutan a la vez</translation>
    </message>
    <message>
        <source>Window&apos;s profile (%1)</source>
        <translation>Perfil de la ventana (%1)</translation>
    </message>
    <message>
        <source>Window&apos;s profile</source>
        <translation>Perfil de la ventana</translation>
    </message>
    <message>
        <source>Whichever profile the window uses when the comparison runs</source>
        <translation>El perfil que use la ventana cuando se ejecute la comparación</translation>
    </message>
</context>
<context>
    <name>LaneServers</name>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>no se pudo leer la clave de API del perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>LaneSpec</name>
    <message>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation>valores predeterminados del servidor</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>No existe el preajuste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>profile= needs the name of a server profile.</source>
        <translation>profile= necesita el nombre de un perfil de servidor.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>[loquat] The server did not stop within %1 s; killing it.</source>
        <translation>[loquat] El servidor no se detuvo en %1 s; se forzará su cierre.</translation>
    </message>
    <message>
        <source>The local server is already running.</source>
        <translation>El servidor local ya está en ejecución.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>Introduzca el comando que inicia el servidor, p. ej., vllm serve Qwen/Qwen3-8B --port 8001.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>No se pudo iniciar el comando: %1</translation>
    </message>
    <message>
        <source>[loquat] Starting: %1</source>
        <translation>[loquat] Iniciando: %1</translation>
    </message>
    <message>
        <source>[loquat] Stopping the server.</source>
        <translation>[loquat] Deteniendo el servidor.</translation>
    </message>
    <message>
        <source>[loquat] The server stopped.</source>
        <translation>[loquat] El servidor se detuvo.</translation>
    </message>
    <message>
        <source>The server crashed.</source>
        <translation>El servidor se cerró inesperadamente.</translation>
    </message>
    <message>
        <source>The server exited with status %1.</source>
        <translation>El servidor terminó con el estado %1.</translation>
    </message>
    <message>
        <source>[loquat] The server is ready (%1 s after starting).</source>
        <translation>[loquat] El servidor está listo (%1 s después de iniciarse).</translation>
    </message>
</context>
<context>
    <name>LogprobView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (logprob %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 (logprob %3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loquat</source>
        <translation>Loquat</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Server health indicator</source>
        <translation>Indicador del estado del servidor</translation>
    </message>
    <message>
        <source>Last answer&apos;s figures</source>
        <translation>Cifras de la última respuesta</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Última respuesta: %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>Reintentando (intento %1) en %2 s: %3</translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to finish, or choose a model.</source>
        <translation>No enviado: espere a que termine la respuesta o elija un modelo.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor. Introduzca algo como http://localhost:8000/v1 o host:8000.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Sin modelos</translation>
    </message>
    <message>
        <source>Choose a model first: the server has not offered one yet.</source>
        <translation>Elija primero un modelo: el servidor aún no ha ofrecido ninguno.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Server healthy · %1</source>
        <translation>Servidor en buen estado · %1</translation>
    </message>
    <message>
        <source>No server answers at %1</source>
        <translation>Ningún servidor responde en %1</translation>
    </message>
    <message>
        <source>Server at %1 is not healthy: %2</source>
        <translation>El servidor en %1 no está en buen estado: %2</translation>
    </message>
    <message>
        <source>Server version and load</source>
        <translation>Versión y carga del servidor</translation>
    </message>
    <message>
        <source>From the server&apos;s /version and /metrics, refreshed every few seconds</source>
        <translation>Según /version y /metrics del servidor, actualizado cada pocos segundos</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar una nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>&amp;Añadir un servidor…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>The message being edited is no longer shown; nothing was sent.</source>
        <translation>El mensaje que se estaba editando ya no se muestra; no se envió nada.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s API key from the keychain…</source>
        <translation>Leyendo la clave de API del servidor desde el llavero…</translation>
    </message>
    <message>
        <source>vLLM %1</source>
        <translation>vLLM %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate your system does not trust:
%2

%3

Trust exactly this certificate for &quot;%4&quot;? Only do this if you know the server uses a self-signed certificate and this is its fingerprint. Any other certificate will still be refused.</source>
        <translation>El servidor en %1 presentó un certificado en el que su sistema no confía:
%2

%3

¿Confiar exactamente en este certificado para &quot;%4&quot;? Hágalo solo si sabe que el servidor usa un certificado autofirmado y que esta es su huella digital. Cualquier otro certificado seguirá rechazándose.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar el &amp;historial</translation>
    </message>
    <message>
        <source>Export conversation as &amp;Markdown…</source>
        <translation>Exportar la conversación como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export conversation as &amp;JSON…</source>
        <translation>Exportar la conversación como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exportar &amp;todas las conversaciones…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Duplicada como “%1”.</translation>
    </message>
    <message>
        <source>%1 — Loquat</source>
        <translation>%1 — Loquat</translation>
    </message>
    <message>
        <source>Loquat keeps trying while it runs; nothing on screen is lost.</source>
        <translation>Loquat lo seguirá intentando mientras esté en ejecución; no se pierde nada de lo que hay en pantalla.</translation>
    </message>
    <message>
        <source>Saving works again: everything on screen is written.</source>
        <translation>Se puede volver a guardar: todo lo que hay en pantalla se ha escrito.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it with Esc) first.</source>
        <translation>Espere primero a que termine la respuesta (o deténgala con Esc).</translation>
    </message>
    <message>
        <source>Copied the message (as markdown) to the clipboard.</source>
        <translation>Se copió el mensaje (como markdown) al portapapeles.</translation>
    </message>
    <message>
        <source>Editing your message: sending it starts a new version from here; the old one is kept. Esc cancels.</source>
        <translation>Editando su mensaje: al enviarlo se inicia una nueva versión a partir de aquí; la anterior se conserva. Esc cancela.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Elija primero un modelo.</translation>
    </message>
    <message>
        <source>Messages can only be deleted from a kept conversation.</source>
        <translation>Solo se pueden eliminar mensajes de una conversación guardada.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>Nothing to export yet: this conversation has no messages.</source>
        <translation>Todavía no hay nada que exportar: esta conversación no tiene mensajes.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exportar todas las conversaciones</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Se importó %n conversación.</numerusform>
            <numerusform>Se importaron %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Click to load the image from %1</source>
        <translation>Haga clic para cargar la imagen desde %1</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Could not create the folder %1 for the attachments; nothing was exported.</source>
        <translation>No se pudo crear la carpeta %1 para los adjuntos; no se exportó nada.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>No se pudo escribir %1 (%2); no se exportó nada.</translation>
    </message>
    <message>
        <source>%1; nothing was exported.</source>
        <translation>%1; no se exportó nada.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n attachment(s) in %2.</source>
        <translation>
            <numerusform>Exportado a %1 con %n adjunto en %2.</numerusform>
            <numerusform>Exportado a %1 con %n adjuntos en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) could not be copied (no longer stored): %1 — the transcript says so where they were.</source>
        <translation>
            <numerusform>%n adjunto no se pudo copiar (ya no está guardado): %1; la transcripción lo indica en su lugar.</numerusform>
            <numerusform>%n adjuntos no se pudieron copiar (ya no están guardados): %1; la transcripción lo indica en su lugar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <extracomment>Link above a code block in a chat message; copies the code to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Placeholder of an image in a chat message that has not been loaded.</extracomment>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>(click to load the image from %1)</source>
        <extracomment>After an image&apos;s description; %1 is the image&apos;s full web address.</extracomment>
        <translation>(haga clic para cargar la imagen desde %1)</translation>
    </message>
</context>
<context>
    <name>MediaFormats</name>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Imagen WebP</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>Imagen BMP</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vídeo MP4</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>Vídeo QuickTime</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>Vídeo WebM</translation>
    </message>
    <message>
        <source>Matroska video</source>
        <translation>Vídeo Matroska</translation>
    </message>
    <message>
        <source>WAV audio file</source>
        <translation>Archivo de audio WAV</translation>
    </message>
    <message>
        <source>MP3 audio file</source>
        <translation>Archivo de audio MP3</translation>
    </message>
    <message>
        <source>FLAC audio file</source>
        <translation>Archivo de audio FLAC</translation>
    </message>
    <message>
        <source>Ogg audio file</source>
        <translation>Archivo de audio Ogg</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <source>Images, video and audio (%1)</source>
        <translation>Imágenes, vídeo y audio (%1)</translation>
    </message>
    <message>
        <source>images PNG, JPEG, WebP, GIF, BMP; video MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG</source>
        <translation>imágenes PNG, JPEG, WebP, GIF, BMP; vídeo MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG</translation>
    </message>
</context>
<context>
    <name>MessageSection</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de herramienta</translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation>▾ Razonamiento</translation>
    </message>
    <message>
        <source>▸ Reasoning</source>
        <translation>▸ Razonamiento</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Llamada a herramienta</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ Detenida</translation>
    </message>
    <message>
        <source>■ Stopped · %1</source>
        <translation>■ Detenida · %1</translation>
    </message>
    <message>
        <source>Interrupted: the app ended while this answer arrived</source>
        <translation>Interrumpida: la aplicación se cerró mientras llegaba esta respuesta</translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation>Cortada en el límite de tokens</translation>
    </message>
    <message>
        <source>Cut off at the token limit · %1</source>
        <translation>Cortada en el límite de tokens · %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Respuestas:</translation>
    </message>
    <message>
        <source>This answer is too long to show whole: the view shows its first %L1 characters of %L2. Copy takes all of it.</source>
        <translation>Esta respuesta es demasiado larga para mostrarla entera: la vista muestra sus primeros %L1 caracteres de %L2. Copiar copia el texto completo.</translation>
    </message>
    <message>
        <source>The reasoning is too long to show whole: the view shows its first %L1 characters of %L2.</source>
        <translation>El razonamiento es demasiado largo para mostrarlo entero: la vista muestra sus primeros %L1 caracteres de %L2.</translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 tokens de prompt + %2 de respuesta</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 tokens de respuesta</translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation>%1 tokens de prompt</translation>
    </message>
</context>
<context>
    <name>ParamDiff</name>
    <message>
        <source>model: %1 → %2</source>
        <translation>modelo: %1 → %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>profile: %1 → %2</source>
        <translation>perfil: %1 → %2</translation>
    </message>
</context>
<context>
    <name>PcaMapView</name>
    <message>
        <source>Map of the texts (PCA)</source>
        <translation>Mapa de los textos (PCA)</translation>
    </message>
    <message>
        <source>Point under the pointer</source>
        <translation>Punto bajo el puntero</translation>
    </message>
    <message>
        <source>Point at a dot to see its text.</source>
        <translation>Señale un punto para ver su texto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>Calcule los vectores de al menos dos textos para verlos en un mapa.</translation>
    </message>
    <message>
        <source>First component (%1 % of the variance)</source>
        <translation>Primera componente (%1 % de la varianza)</translation>
    </message>
    <message>
        <source>Second component (%1 %)</source>
        <translation>Segunda componente (%1 %)</translation>
    </message>
    <message>
        <source>%1 texts: point at a dot to see its text.</source>
        <translation>%1 textos: señale un punto para ver su texto.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema de color</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>Sistema sigue la configuración clara u oscura del escritorio</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Conversation font size</source>
        <translation>Tamaño de fuente de la conversación</translation>
    </message>
    <message>
        <source>Also Ctrl+Plus, Ctrl+Minus and Ctrl+0 (or Ctrl+wheel) in the conversation</source>
        <translation>También Ctrl+Plus, Ctrl+Minus y Ctrl+0 (o Ctrl+rueda) en la conversación</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <source>Default conversation font size</source>
        <translation>Tamaño de fuente predeterminado de la conversación</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language changes when Loquat is started again.</source>
        <translation>El idioma cambia cuando se vuelve a iniciar Loquat.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Conversation &amp;font size:</source>
        <translation>Tamaño de &amp;fuente de la conversación:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Largest &amp;image:</source>
        <translation>&amp;Imagen más grande:</translation>
    </message>
    <message>
        <source>Largest image to attach, in megabytes</source>
        <translation>Imagen más grande que se puede adjuntar, en megabytes</translation>
    </message>
    <message>
        <source>Largest &amp;video:</source>
        <translation>&amp;Vídeo más grande:</translation>
    </message>
    <message>
        <source>Largest video to attach, in megabytes</source>
        <translation>Vídeo más grande que se puede adjuntar, en megabytes</translation>
    </message>
    <message>
        <source>Largest &amp;audio file:</source>
        <translation>Archivo de &amp;audio más grande:</translation>
    </message>
    <message>
        <source>Largest audio file to attach, in megabytes</source>
        <translation>Archivo de audio más grande que se puede adjuntar, en megabytes</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused when attached (default %1 MB, at most %2 MB)</source>
        <translation>Los archivos más grandes se rechazan al adjuntarlos (predeterminado %1 MB, como máximo %2 MB)</translation>
    </message>
    <message>
        <source>Default &amp;sizes</source>
        <translation>Tamaños &amp;predeterminados</translation>
    </message>
    <message>
        <source>Default attachment size limits</source>
        <translation>Límites de tamaño predeterminados de los adjuntos</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Asigne un nombre al preajuste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>&quot;%1&quot; es un preajuste integrado; elija otro nombre.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed.</source>
        <translation>Los preajustes integrados no se pueden renombrar.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>No existe el preajuste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un preajuste llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted.</source>
        <translation>Los preajustes integrados no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>No se pudo crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>No se pudieron guardar los preajustes en %1: %2</translation>
    </message>
    <message>
        <source>Could not read the presets in %1: %2</source>
        <translation>No se pudieron leer los preajustes de %1: %2</translation>
    </message>
    <message>
        <source>The presets file %1 was not readable (%2); it was kept as %3.</source>
        <translation>El archivo de preajustes %1 no se podía leer (%2); se conservó como %3.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar la clave</translation>
    </message>
    <message>
        <source>Stop trusting it</source>
        <translation>Dejar de confiar en él</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usar este servidor</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer …&quot; to this server&apos;s address only; stored in the OS keychain, never in a file</source>
        <translation>Se envía como &quot;Authorization: Bearer …&quot; solo a la dirección de este servidor; se guarda en el llavero del sistema, nunca en un archivo</translation>
    </message>
    <message>
        <source>Where the API key is kept</source>
        <translation>Dónde se guarda la clave de API</translation>
    </message>
    <message>
        <source>The server&apos;s first model</source>
        <translation>El primer modelo del servidor</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>First-byte time-out</source>
        <translation>Tiempo de espera del primer byte</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer (queueing and prefill can take long)</source>
        <translation>Cuánto esperar al primer byte de una respuesta (la cola y el prefill pueden tardar)</translation>
    </message>
    <message>
        <source>Idle time-out</source>
        <translation>Tiempo de espera por inactividad</translation>
    </message>
    <message>
        <source>How long a stream may stay silent between two chunks</source>
        <translation>Cuánto tiempo puede permanecer en silencio una transmisión entre dos fragmentos</translation>
    </message>
    <message>
        <source>X-Team: nlp
(one &quot;Name: value&quot; per line, sent with every request to this server only)</source>
        <translation>X-Team: nlp
(un &quot;Nombre: valor&quot; por línea, enviado con cada solicitud solo a este servidor)</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeceras adicionales</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>vllm serve Qwen/Qwen3-8B --port 8001</source>
        <translation>vllm serve Qwen/Qwen3-8B --port 8001</translation>
    </message>
    <message>
        <source>Local server command</source>
        <translation>Comando del servidor local</translation>
    </message>
    <message>
        <source>Optional: the command that starts this server on this machine. The API key is passed as VLLM_API_KEY.</source>
        <translation>Opcional: el comando que inicia este servidor en este equipo. La clave de API se pasa como VLLM_API_KEY.</translation>
    </message>
    <message>
        <source>Local server state</source>
        <translation>Estado del servidor local</translation>
    </message>
    <message>
        <source>Local server log</source>
        <translation>Registro del servidor local</translation>
    </message>
    <message>
        <source>The server&apos;s output appears here once it is started.</source>
        <translation>La salida del servidor aparecerá aquí cuando se inicie.</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problema del perfil</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>Primer byte:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Inactividad:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modelo predeterminado:</translation>
    </message>
    <message>
        <source>Time-outs:</source>
        <translation>Tiempos de espera:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Cabeceras &amp;adicionales:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>&amp;Local server:</source>
        <translation>Servidor &amp;local:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor. Introduzca algo como http://localhost:8000/v1 o host:8000.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ya hay otro perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Guardando la clave…</translation>
    </message>
    <message>
        <source>No API key. Type one to store it in the OS keychain.</source>
        <translation>No hay clave de API. Escriba una para guardarla en el llavero del sistema.</translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema. Escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this run only: the OS keychain is unavailable.</source>
        <translation>Hay una clave guardada en memoria solo durante esta ejecución: el llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>A key is stored in the unencrypted key file (the OS keychain is unavailable).</source>
        <translation>Hay una clave guardada en el archivo de claves sin cifrar (el llavero del sistema no está disponible).</translation>
    </message>
    <message>
        <source>This run uses the key from %1 (never stored).</source>
        <translation>Esta ejecución usa la clave de %1 (nunca se guarda).</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>el entorno</translation>
    </message>
    <message>
        <source>Paste the server&apos;s --api-key</source>
        <translation>Pegue la --api-key del servidor</translation>
    </message>
    <message>
        <source>•••••• (stored)</source>
        <translation>•••••• (guardada)</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Quitando la clave…</translation>
    </message>
    <message>
        <source>The system decides which certificates to trust.</source>
        <translation>El sistema decide en qué certificados confiar.</translation>
    </message>
    <message>
        <source>Also trusted: the certificate with SHA-256 %1</source>
        <translation>También de confianza: el certificado con SHA-256 %1</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>Introduzca el comando que inicia el servidor, p. ej., vllm serve Qwen/Qwen3-8B --port 8001.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Starting — waiting for /health to answer (loading a model can take minutes)…</source>
        <translation>Iniciando — esperando a que /health responda (cargar un modelo puede tardar minutos)…</translation>
    </message>
    <message>
        <source>Running and ready.</source>
        <translation>En ejecución y listo.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Perfiles de servidor</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nuevo servidor</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>¿Eliminar el perfil?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its API key? Conversations that used it keep their text but will ask for another server.</source>
        <translation>¿Eliminar &quot;%1&quot; y su clave de API? Las conversaciones que lo usaban conservan su texto, pero pedirán otro servidor.</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>&amp;Rank</source>
        <translation>Clasi&amp;ficar</translation>
    </message>
    <message>
        <source>Also rank with the server&apos;s &amp;reranker</source>
        <translation>Clasificar también con el &amp;reranker del servidor</translation>
    </message>
    <message>
        <source>Reranker on the embeddings server</source>
        <translation>Reranker del servidor de embeddings</translation>
    </message>
    <message>
        <source>Reranker:</source>
        <translation>Reranker:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Ranking by embedding similarity</source>
        <translation>Clasificación por similitud de embeddings</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Embedding rank</source>
        <translation>Posición por embeddings</translation>
    </message>
    <message>
        <source>Ranking by the reranker</source>
        <translation>Clasificación por el reranker</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>A question or a sentence to rank every text against</source>
        <translation>Una pregunta o una frase con la que comparar cada texto</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>POST /v1/rerank, /rerank or /score: served for cross-encoders and embedding models</source>
        <translation>POST /v1/rerank, /rerank o /score: disponible para cross-encoders y modelos de embeddings</translation>
    </message>
    <message>
        <source>&lt;b&gt;By embedding similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por similitud de embeddings&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By the reranker&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por el reranker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a query and press Enter.</source>
        <translation>Escriba una consulta y pulse Enter.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (↑%2)</source>
        <translation>%1 (↑%2)</translation>
    </message>
    <message>
        <source>%1 (↓%2)</source>
        <translation>%1 (↓%2)</translation>
    </message>
</context>
<context>
    <name>RemoteImageFetch</name>
    <message>
        <source>it is not an image Loquat shows (PNG, JPEG, GIF, WebP or BMP)</source>
        <translation>no es una imagen que Loquat muestre (PNG, JPEG, GIF, WebP o BMP)</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>la imagen está dañada o incompleta</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Loquat shows (at most %3 pixels on a side and %4 megapixels)</source>
        <translation>la imagen tiene %1×%2 píxeles, más de lo que Loquat muestra (como máximo %3 píxeles por lado y %4 megapíxeles)</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete (%1)</source>
        <translation>la imagen está dañada o incompleta (%1)</translation>
    </message>
    <message>
        <source>only http and https images can be loaded</source>
        <translation>solo se pueden cargar imágenes http y https</translation>
    </message>
    <message>
        <source>the address redirects to %1, which is not a web address</source>
        <translation>la dirección redirige a %1, que no es una dirección web</translation>
    </message>
    <message>
        <source>the address redirects from https to unencrypted http (%1)</source>
        <translation>la dirección redirige de https a http sin cifrar (%1)</translation>
    </message>
    <message>
        <source>the image is %1, more than the %2 Loquat loads</source>
        <translation>la imagen ocupa %1, más de los %2 que carga Loquat</translation>
    </message>
    <message>
        <source>the image is larger than the %1 Loquat loads</source>
        <translation>la imagen supera los %1 que carga Loquat</translation>
    </message>
    <message>
        <source>the server did not send it within %1 seconds</source>
        <translation>el servidor no la envió en %1 segundos</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió HTTP %1</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>(loading the image from %1…)</source>
        <translation>(cargando la imagen desde %1…)</translation>
    </message>
    <message>
        <source>(could not load the image: %1. Click to try again.)</source>
        <extracomment>After an image&apos;s description; %1 is why it could not be loaded (a sentence part).</extracomment>
        <translation>(No se pudo cargar la imagen: %1. Haga clic para volver a intentarlo.)</translation>
    </message>
</context>
<context>
    <name>ReplayMedia</name>
    <message>
        <source>the %1 attachment of %2 (sha256 %3…)</source>
        <translation>el adjunto %1 de %2 (sha256 %3…)</translation>
    </message>
    <message>
        <source>Not sent: %1 is no longer in the attachment store, so this request cannot be replayed as it was. Attach the file again and send a new message instead.</source>
        <translation>No enviado: %1 ya no está en el almacén de adjuntos, así que esta solicitud no puede repetirse tal como fue. Adjunte de nuevo el archivo y envíe un mensaje nuevo en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n attachment(s) of this request, %1 among them, are no longer in the attachment store, so it cannot be replayed as it was.</source>
        <translation>
            <numerusform>No enviado: %n adjunto de esta solicitud, entre ellos %1, ya no está en el almacén de adjuntos, así que no puede repetirse tal como fue.</numerusform>
            <numerusform>No enviado: %n adjuntos de esta solicitud, entre ellos %1, ya no están en el almacén de adjuntos, así que no puede repetirse tal como fue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (%1)</source>
        <translation>
            <numerusform>%n adjunto (%1)</numerusform>
            <numerusform>%n adjuntos (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayRequest</name>
    <message>
        <source>Not sent: this request&apos;s attachments are kept in the history, which is not open.</source>
        <translation>No enviado: los adjuntos de esta solicitud se guardan en el historial, que no está abierto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
    <message>
        <source>Not saved: writing %1 failed (%2). Nothing was left behind.</source>
        <translation>No guardado: falló la escritura de %1 (%2). No quedó nada a medias.</translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the attachment “%1” is no longer stored at %2</source>
        <translation>el adjunto “%1” ya no está guardado en %2</translation>
    </message>
    <message>
        <source>the attachment %1 is no longer stored at %2</source>
        <translation>el adjunto %1 ya no está guardado en %2</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Replay in chat</source>
        <translation>Repetir en el chat</translation>
    </message>
    <message>
        <source>Open in Compare</source>
        <translation>Abrir en Comparar</translation>
    </message>
    <message>
        <source>Request of this answer</source>
        <translation>Solicitud de esta respuesta</translation>
    </message>
    <message>
        <source>Sent to %1. The API key is sent in a header and is not part of the body.</source>
        <translation>Enviada a %1. La clave de API se envía en una cabecera y no forma parte del cuerpo.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Send this exact request again (same parameters and seed) as a new answer</source>
        <translation>Volver a enviar exactamente esta solicitud (mismos parámetros y semilla) como una nueva respuesta</translation>
    </message>
    <message>
        <source>Use this request&apos;s model and parameters as a lane in Compare</source>
        <translation>Usar el modelo y los parámetros de esta solicitud como un carril en Comparar</translation>
    </message>
    <message>
        <source>Copied the request as JSON.</source>
        <translation>Se copió la solicitud como JSON.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>Se copió la solicitud como comando curl.</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>Guardar el cuerpo completo…</translation>
    </message>
    <message>
        <source>This body shows %1 as placeholders (&lt;attachment sha256=… bytes=…&gt;) instead of their data: Copy JSON and Copy as curl copy it so. Replay sends the files themselves; Save full body… writes the body with their data, for curl.</source>
        <translation>Este cuerpo muestra %1 como marcadores (&lt;attachment sha256=… bytes=…&gt;) en lugar de sus datos: «Copiar JSON» y «Copiar como curl» lo copian así. Repetir envía los propios archivos; «Guardar el cuerpo completo…» escribe el cuerpo con sus datos, para curl.</translation>
    </message>
    <message>
        <source>Write the request body with the attachments&apos; data to a file</source>
        <translation>Escribir el cuerpo de la solicitud con los datos de los adjuntos en un archivo</translation>
    </message>
    <message>
        <source>Copied the request as JSON, with placeholders for %1 (use Save full body… for their data).</source>
        <translation>Se copió la solicitud como JSON, con marcadores para %1 (use «Guardar el cuerpo completo…» para sus datos).</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, with placeholders for %1: the server would refuse it as it is (use Save full body… for their data).</source>
        <translation>Se copió la solicitud como comando curl, con marcadores para %1: el servidor la rechazaría tal cual (use «Guardar el cuerpo completo…» para sus datos).</translation>
    </message>
    <message>
        <source>Server version: not reported by the server</source>
        <translation>Versión del servidor: el servidor no la indicó</translation>
    </message>
    <message>
        <source>Server: vLLM %1</source>
        <translation>Servidor: vLLM %1</translation>
    </message>
    <message>
        <source>Answered by %1 · %2</source>
        <translation>Respondido por %1 · %2</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>the answer has no `results`</source>
        <translation>la respuesta no tiene `results`</translation>
    </message>
    <message>
        <source>the answer has no `data`</source>
        <translation>la respuesta no tiene `data`</translation>
    </message>
    <message>
        <source>a score does not match a document</source>
        <translation>una puntuación no corresponde a ningún documento</translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>&amp;Sampling parameters</source>
        <translation>Parámetros de &amp;muestreo</translation>
    </message>
    <message>
        <source>Show or hide the sampling parameters</source>
        <translation>Mostrar u ocultar los parámetros de muestreo</translation>
    </message>
    <message>
        <source>(your next message)</source>
        <translation>(su próximo mensaje)</translation>
    </message>
    <message>
        <source>fix the sampling parameters first: %1</source>
        <translation>corrija primero los parámetros de muestreo: %1</translation>
    </message>
    <message>
        <source>Not replayed: wait for the answer to finish.</source>
        <translation>No se repitió: espere a que termine la respuesta.</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilidades de los tokens</translation>
    </message>
    <message>
        <source>Each token is shaded by its probability: red where the model was unsure, green where it was sure. Hover a token for the alternatives.</source>
        <translation>Cada token se sombrea según su probabilidad: rojo donde el modelo dudaba, verde donde estaba seguro. Pase el puntero sobre un token para ver las alternativas.</translation>
    </message>
    <message>
        <source>This answer&apos;s request could not be read from the history.</source>
        <translation>No se pudo leer del historial la solicitud de esta respuesta.</translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation>Solicitud no enviada</translation>
    </message>
    <message>
        <source>Save the full request body</source>
        <translation>Guardar el cuerpo completo de la solicitud</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the full request body to %1; a curl command that sends it is on the clipboard.</source>
        <translation>Se guardó el cuerpo completo de la solicitud en %1; hay un comando curl que lo envía en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>SamplingFieldEditor</name>
    <message>
        <source>Ticked: sent as set here. Unticked: the server&apos;s default.</source>
        <translation>Marcado: se envía tal como se define aquí. Sin marcar: el valor predeterminado del servidor.</translation>
    </message>
    <message>
        <source>Back to the server&apos;s default (not sent)</source>
        <translation>Volver al valor predeterminado del servidor (no se envía)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Restablecer %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>predeterminado del servidor</translation>
    </message>
    <message>
        <source>server default: %1</source>
        <translation>predeterminado del servidor: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</translation>
    </message>
    <message>
        <source>one per line; \n is a newline</source>
        <translation>uno por línea; \n es un salto de línea</translation>
    </message>
    <message>
        <source>Enter a value, or untick to use the server&apos;s default.</source>
        <translation>Introduzca un valor o desmarque la casilla para usar el valor predeterminado del servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token id.</source>
        <translation>&quot;%1&quot; no es un id de token.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON no válido en %1: %2.</translation>
    </message>
    <message>
        <source>A schema is a JSON object ({…}).</source>
        <translation>Un esquema es un objeto JSON ({…}).</translation>
    </message>
</context>
<context>
    <name>SamplingFields</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>How random the next token is: 0 always takes the most likely token (greedy), higher values spread the choice over more tokens.</source>
        <translation>Lo aleatorio que es el siguiente token: 0 toma siempre el token más probable (greedy); los valores más altos reparten la elección entre más tokens.</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens whose probabilities add up to p are candidates. 1 keeps every token.</source>
        <translation>Muestreo de núcleo: solo son candidatos los tokens más probables cuyas probabilidades suman p. 1 conserva todos los tokens.</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only the k most likely tokens are candidates. 0 or -1 turns the limit off.</source>
        <translation>Solo son candidatos los k tokens más probables. 0 o -1 desactiva el límite.</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Drops tokens less likely than min_p times the most likely token&apos;s probability. 0 turns it off.</source>
        <translation>Descarta los tokens menos probables que min_p veces la probabilidad del token más probable. 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Seeds the sampler: the same seed, prompt and parameters give the same answer. Without it every answer is drawn afresh.</source>
        <translation>Inicializa el muestreador: la misma semilla, el mismo prompt y los mismos parámetros dan la misma respuesta. Sin ella, cada respuesta se genera de nuevo.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>The most tokens the answer may have (reasoning included). Sent as max_completion_tokens (max_tokens to llama.cpp). Prompt plus this must fit the model&apos;s context.</source>
        <translation>El número máximo de tokens que puede tener la respuesta (incluido el razonamiento). Se envía como max_completion_tokens (max_tokens para llama.cpp). El prompt más este valor deben caber en el contexto del modelo.</translation>
    </message>
    <message>
        <source>Min tokens</source>
        <translation>Mínimo de tokens</translation>
    </message>
    <message>
        <source>The answer is not allowed to end (EOS or stop) before this many tokens.</source>
        <translation>La respuesta no puede terminar (EOS o stop) antes de este número de tokens.</translation>
    </message>
    <message>
        <source>Ignore end of sequence</source>
        <translation>Ignorar el fin de secuencia</translation>
    </message>
    <message>
        <source>Keeps generating after the model&apos;s end-of-sequence token, up to the token limit (for benchmarks).</source>
        <translation>Sigue generando después del token de fin de secuencia del modelo, hasta el límite de tokens (para pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Positive values penalise tokens that already appeared, nudging towards new topics; negative values encourage repeating them.</source>
        <translation>Los valores positivos penalizan los tokens que ya han aparecido y empujan hacia temas nuevos; los negativos favorecen que se repitan.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>Like presence penalty, but growing with how often a token appeared.</source>
        <translation>Como la penalización por presencia, pero crece con el número de veces que ha aparecido un token.</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Multiplies down tokens from the prompt and the answer so far: above 1 repeats less, below 1 more. 1 turns it off.</source>
        <translation>Reduce multiplicativamente los tokens del prompt y de la respuesta hasta el momento: por encima de 1 repite menos, por debajo de 1 más. 1 la desactiva.</translation>
    </message>
    <message>
        <source>Stop strings</source>
        <translation>Cadenas de parada</translation>
    </message>
    <message>
        <source>The answer ends where one of these strings would appear (the string itself is not included). One per line; none may be empty.</source>
        <translation>La respuesta termina donde aparecería una de estas cadenas (la cadena en sí no se incluye). Una por línea; ninguna puede estar vacía.</translation>
    </message>
    <message>
        <source>Stop token ids</source>
        <translation>Ids de token de parada</translation>
    </message>
    <message>
        <source>The answer ends after any of these token ids. Separate them with commas or spaces.</source>
        <translation>La respuesta termina tras cualquiera de estos ids de token. Sepárelos con comas o espacios.</translation>
    </message>
    <message>
        <source>Skip special tokens</source>
        <translation>Omitir tokens especiales</translation>
    </message>
    <message>
        <source>Leaves special tokens (such as &lt;|im_end|&gt;) out of the text. Turn it off to see them.</source>
        <translation>Deja los tokens especiales (como &lt;|im_end|&gt;) fuera del texto. Desactívelo para verlos.</translation>
    </message>
    <message>
        <source>Include stop string</source>
        <translation>Incluir la cadena de parada</translation>
    </message>
    <message>
        <source>Keeps the matched stop string at the end of the answer.</source>
        <translation>Conserva la cadena de parada encontrada al final de la respuesta.</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>Respuestas (n)</translation>
    </message>
    <message>
        <source>How many alternative answers to sample for the same prompt; shown as tabs. More than 1 needs a temperature above 0.</source>
        <translation>Cuántas respuestas alternativas muestrear para el mismo prompt; se muestran como pestañas. Más de 1 requiere una temperatura mayor que 0.</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Probabilidades logarítmicas</translation>
    </message>
    <message>
        <source>Returns each answer token&apos;s log probability, so the answer can be shaded by how sure the model was.</source>
        <translation>Devuelve la probabilidad logarítmica de cada token de la respuesta, para sombrear la respuesta según la seguridad del modelo.</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Alternativas principales</translation>
    </message>
    <message>
        <source>For each token, also return this many most likely alternatives (shown on hover). Needs log probabilities on; the server allows at most 20 unless started with a larger --max-logprobs.</source>
        <translation>Para cada token, devuelve también este número de alternativas más probables (se muestran al pasar el puntero). Requiere activar las probabilidades logarítmicas; el servidor permite como máximo 20 salvo que se haya iniciado con un --max-logprobs mayor.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Constrains the answer to JSON matching this schema (structured_outputs.json). Only one of schema, regex and choice can be used.</source>
        <translation>Restringe la respuesta a un JSON que cumpla este esquema (structured_outputs.json). Solo se puede usar uno de esquema, expresión regular y elección.</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Constrains the answer to text matching this regular expression (structured_outputs.regex).</source>
        <translation>Restringe la respuesta a un texto que cumpla esta expresión regular (structured_outputs.regex).</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>The answer is exactly one of these strings (structured_outputs.choice). One per line.</source>
        <translation>La respuesta es exactamente una de estas cadenas (structured_outputs.choice). Una por línea.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>For reasoning models whose chat template reads enable_thinking (Qwen3 and others): off answers without thinking first.</source>
        <translation>Para modelos de razonamiento cuya plantilla de chat lee enable_thinking (Qwen3 y otros): desactivado responde sin pensar antes.</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Esfuerzo de razonamiento</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before answering, passed to the chat template (gpt-oss and others). Older servers accept only low, medium and high.</source>
        <translation>Cuánto piensa un modelo de razonamiento antes de responder; se pasa a la plantilla de chat (gpt-oss y otros). Los servidores antiguos solo aceptan low, medium y high.</translation>
    </message>
    <message>
        <source>%1: the schema nests too deeply.</source>
        <translation>%1: el esquema tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must be one of %2, not %3.</source>
        <translation>%1: &quot;type&quot; debe ser uno de %2, no %3.</translation>
    </message>
    <message>
        <source>%1: &quot;properties&quot; must be an object.</source>
        <translation>%1: &quot;properties&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;required&quot; must be a list of property names.</source>
        <translation>%1: &quot;required&quot; debe ser una lista de nombres de propiedades.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty list of schemas.</source>
        <translation>%1: &quot;%2&quot; debe ser una lista no vacía de esquemas.</translation>
    </message>
    <message>
        <source>%1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>%1: &quot;enum&quot; debe ser una lista no vacía.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number.</source>
        <translation>%1: &quot;%2&quot; debe ser un número.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number, 0 or more.</source>
        <translation>%1: &quot;%2&quot; debe ser un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <source>%1: &quot;pattern&quot; is not a valid regular expression.</source>
        <translation>%1: &quot;pattern&quot; no es una expresión regular válida.</translation>
    </message>
    <message>
        <source>%1: a schema must be an object.</source>
        <translation>%1: un esquema debe ser un objeto.</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Válido: %1</translation>
    </message>
    <message>
        <source>Not sent: the server uses %1.</source>
        <translation>No enviado: el servidor usa %1.</translation>
    </message>
    <message>
        <source>Randomness</source>
        <translation>Aleatoriedad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Stopping and tokens</source>
        <translation>Parada y tokens</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilidades de los tokens</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>Salida estructurada</translation>
    </message>
    <message>
        <source>Reasoning models</source>
        <translation>Modelos de razonamiento</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 must be in %2, not %3.</source>
        <translation>%1 debe estar en %2, no %3.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 debe ser %2, no %3.</translation>
    </message>
    <message>
        <source>%1 must be on or off.</source>
        <translation>%1 debe estar activado o desactivado.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 debe ser uno de %2.</translation>
    </message>
    <message>
        <source>%1 must be a list of strings.</source>
        <translation>%1 debe ser una lista de cadenas.</translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation>%1 necesita al menos una entrada.</translation>
    </message>
    <message>
        <source>%1 cannot contain an empty string.</source>
        <translation>%1 no puede contener una cadena vacía.</translation>
    </message>
    <message>
        <source>%1 must be a list of token ids.</source>
        <translation>%1 debe ser una lista de ids de token.</translation>
    </message>
    <message>
        <source>%1 must be whole numbers, 0 or more.</source>
        <translation>%1 deben ser números enteros, 0 o mayores.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 (at character %3).</source>
        <translation>%1 no es válido: %2 (en el carácter %3).</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 no es válido: %2</translation>
    </message>
    <message>
        <source>Top alternatives need log probabilities turned on.</source>
        <translation>Las alternativas principales requieren activar las probabilidades logarítmicas.</translation>
    </message>
    <message>
        <source>More than one answer needs a temperature above 0 (0 always picks the same tokens).</source>
        <translation>Más de una respuesta requiere una temperatura mayor que 0 (con 0 siempre se eligen los mismos tokens).</translation>
    </message>
    <message>
        <source>Min tokens (%1) cannot be more than max tokens (%2).</source>
        <translation>El mínimo de tokens (%1) no puede ser mayor que el máximo de tokens (%2).</translation>
    </message>
    <message>
        <source>Use only one kind of structured output: a JSON schema, a regular expression or a choice.</source>
        <translation>Use un solo tipo de salida estructurada: un esquema JSON, una expresión regular o una elección.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un número, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 debe ser true o false, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be JSON, not &quot;%2&quot;.</source>
        <translation>%1 debe ser JSON, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>&quot;%1&quot; no tiene la forma NAME=VALUE.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Apply a preset: its fields replace the form&apos;s.</source>
        <translation>Aplicar un preajuste: sus campos sustituyen a los del formulario.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the form as a preset of your own</source>
        <translation>Guardar el formulario como un preajuste propio</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Every field back to the server&apos;s default</source>
        <translation>Todos los campos vuelven al valor predeterminado del servidor</translation>
    </message>
    <message>
        <source>Start this model with this preset</source>
        <translation>Iniciar este modelo con este preajuste</translation>
    </message>
    <message>
        <source>Advanced JSON and the request</source>
        <translation>JSON avanzado y la solicitud</translation>
    </message>
    <message>
        <source>Fields the form does not have (logit_bias, priority, bad_words, …) as a JSON object; they are merged into the request.</source>
        <translation>Campos que el formulario no tiene (logit_bias, priority, bad_words, …) como un objeto JSON; se combinan con la solicitud.</translation>
    </message>
    <message>
        <source>Advanced JSON</source>
        <translation>JSON avanzado</translation>
    </message>
    <message>
        <source>Request body (the API key travels in a header and is never shown):</source>
        <translation>Cuerpo de la solicitud (la clave de API viaja en una cabecera y nunca se muestra):</translation>
    </message>
    <message>
        <source>Request body preview</source>
        <translation>Vista previa del cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Advanced JSON is not valid JSON: %1 (at character %2).</source>
        <translation>El JSON avanzado no es JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>Advanced JSON must be one object: {&quot;field&quot;: value, …}.</source>
        <translation>El JSON avanzado debe ser un único objeto: {&quot;field&quot;: value, …}.</translation>
    </message>
    <message>
        <source>Advanced JSON cannot set &quot;%1&quot;: the app sets it.</source>
        <translation>El JSON avanzado no puede definir &quot;%1&quot;: lo define la aplicación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a field of the form above; set it there.</source>
        <translation>&quot;%1&quot; es un campo del formulario de arriba; defínalo allí.</translation>
    </message>
    <message>
        <source>Not sendable: %1</source>
        <translation>No se puede enviar: %1</translation>
    </message>
    <message>
        <source>Everything is left to the server&apos;s defaults.</source>
        <translation>Todo se deja a los valores predeterminados del servidor.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>(personalizado)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <source>Start %1 with this preset</source>
        <translation>Iniciar %1 con este preajuste</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Cambiar el nombre del preajuste</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>¿Eliminar el preajuste &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>La URL base OpenAI del servidor; &quot;host:8000&quot; se completa automáticamente. Enter conecta.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>Volver a conectar y recargar los modelos</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualizar modelos</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation>Mostrar el prompt del sistema</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation, e.g. &quot;Answer briefly.&quot;</source>
        <translation>Instrucciones opcionales que se envían antes de la conversación, p. ej., &quot;Responde con brevedad.&quot;</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>Problema con la dirección del servidor</translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation>Ocultar el prompt del sistema</translation>
    </message>
    <message>
        <source>%1 · %2 tokens</source>
        <translation>%1 · %2 tokens</translation>
    </message>
    <message>
        <source>LoRA adapter of %1</source>
        <translation>Adaptador LoRA de %1</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Sin modelos</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>The server profile in use; pick another to switch servers</source>
        <translation>El perfil de servidor en uso; elija otro para cambiar de servidor</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete server profiles (API keys, time-outs, headers, certificates, a local vLLM)</source>
        <translation>Añadir, editar, duplicar o eliminar perfiles de servidor (claves de API, tiempos de espera, cabeceras, certificados, un vLLM local)</translation>
    </message>
    <message>
        <source>Manage server profiles</source>
        <translation>Gestionar perfiles de servidor</translation>
    </message>
</context>
<context>
    <name>ServerDirectory</name>
    <message>
        <source>The server profile this refers to no longer exists.</source>
        <translation>El perfil de servidor al que se refiere ya no existe.</translation>
    </message>
</context>
<context>
    <name>ServerInsight</name>
    <message>
        <source>vLLM %1</source>
        <translation>vLLM %1</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>KV cache %1 %</source>
        <translation>Caché KV %1 %</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Start the simulator to try Loquat</source>
        <translation>Inicie el simulador para probar Loquat</translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation>Aviso del servidor</translation>
    </message>
    <message>
        <source>Start the simulator</source>
        <translation>Iniciar el simulador</translation>
    </message>
    <message>
        <source>Starts loquat-sim, a local stand-in for vLLM with deterministic answers</source>
        <translation>Inicia loquat-sim, un sustituto local de vLLM con respuestas deterministas</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there, enter another address above, or try Loquat with the bundled simulator.</source>
        <translation>Ningún servidor responde en %1. Inicie vLLM allí, introduzca otra dirección arriba o pruebe Loquat con el simulador incluido.</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there or enter another address above.</source>
        <translation>Ningún servidor responde en %1. Inicie vLLM allí o introduzca otra dirección arriba.</translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation>Iniciando el simulador…</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usarlo</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Confiar en este certificado…</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usar este servidor</translation>
    </message>
    <message>
        <source>Saves it as a server profile and connects</source>
        <translation>Lo guarda como perfil de servidor y se conecta</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>Añadir un perfil de servidor</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>Shows the certificate and lets you trust exactly this one for this server</source>
        <translation>Muestra el certificado y permite confiar exactamente en este para este servidor</translation>
    </message>
    <message>
        <source>A server answers at %1. Use it, add another server, or try the simulator.</source>
        <translation>Un servidor responde en %1. Úselo, añada otro servidor o pruebe el simulador.</translation>
    </message>
    <message>
        <source>A server answers at %1 (%2). Use it, add another server, or try the simulator.</source>
        <translation>Un servidor responde en %1 (%2). Úselo, añada otro servidor o pruebe el simulador.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>La URL base OpenAI del servidor; &quot;host:8000&quot; se completa automáticamente. Enter conecta.</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>Volver a conectar y recargar los modelos</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualizar modelos</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor. Introduzca algo como http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Sin modelos</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>One of your server profiles (its address and its key from the OS keychain), or another address</source>
        <translation>Uno de sus perfiles de servidor (su dirección y su clave del llavero del sistema) u otra dirección</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>A server that is none of your profiles: type its address</source>
        <translation>Un servidor que no es ninguno de sus perfiles: escriba su dirección</translation>
    </message>
    <message>
        <source>The address of the profile %1 (edit it in Profiles…)</source>
        <translation>La dirección del perfil %1 (edítela en Perfiles…)</translation>
    </message>
    <message>
        <source>The profile&apos;s API key could not be read: %1</source>
        <translation>No se pudo leer la clave de API del perfil: %1</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Time-outs must be at least one second.</source>
        <translation>Los tiempos de espera deben ser de al menos un segundo.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be set here; put an API key in the API key field.</source>
        <translation>La cabecera &quot;%1&quot; no se puede definir aquí; ponga la clave de API en el campo Clave de API.</translation>
    </message>
    <message>
        <source>Remove --api-key from the command: put the key in the API key field and Loquat passes it to vLLM as VLLM_API_KEY, so it is never saved in plain text.</source>
        <translation>Quite --api-key del comando: ponga la clave en el campo Clave de API y Loquat se la pasará a vLLM como VLLM_API_KEY, de modo que nunca se guarde en texto sin cifrar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header line (Name: value, ASCII only).</source>
        <translation>&quot;%1&quot; no es una línea de cabecera (Nombre: valor, solo ASCII).</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Filtrar por nombre o tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Enter sends and Shift+Enter starts a new line in the message field; Esc stops an answer or cancels an edit. Tab moves between controls.</source>
        <translation>Enter envía y Shift+Enter inicia una nueva línea en el campo del mensaje; Esc detiene una respuesta o cancela una edición. Tab pasa de un control a otro.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SimulatorLauncher</name>
    <message>
        <source>The simulator (loquat-sim) was not found next to Loquat.</source>
        <translation>No se encontró el simulador (loquat-sim) junto a Loquat.</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>No se pudo iniciar el simulador: %1</translation>
    </message>
    <message>
        <source>The simulator ended before it was ready.</source>
        <translation>El simulador terminó antes de estar listo.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 está dañado y no se pudo apartar</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>schema version %1; this Loquat knows up to %2</source>
        <translation>versión de esquema %1; esta versión de Loquat admite hasta la %2</translation>
    </message>
    <message>
        <source>%1 needs updating but cannot be written</source>
        <translation>%1 necesita actualizarse, pero no se puede escribir</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full: the conversation is kept on screen but cannot be saved until space is freed.</source>
        <translation>El disco está lleno: la conversación se mantiene en pantalla, pero no se puede guardar hasta que se libere espacio.</translation>
    </message>
    <message>
        <source>The history cannot be written (the file or its folder is read-only): new messages are not saved.</source>
        <translation>No se puede escribir el historial (el archivo o su carpeta son de solo lectura): los mensajes nuevos no se guardan.</translation>
    </message>
    <message>
        <source>The history file is damaged.</source>
        <translation>El archivo del historial está dañado.</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Loquat: it is shown read-only and nothing in it is changed.</source>
        <translation>El historial lo escribió una versión más reciente de Loquat: se muestra en solo lectura y no se modifica nada.</translation>
    </message>
    <message>
        <source>The history is busy in another program; the change will be tried again.</source>
        <translation>El historial está ocupado por otro programa; se volverá a intentar el cambio.</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>No se pudo abrir el archivo del historial.</translation>
    </message>
    <message>
        <source>Full-text search is not available (this SQLite has no FTS5): search matches plain text instead, more slowly and without ranking.</source>
        <translation>La búsqueda de texto completo no está disponible (este SQLite no tiene FTS5): la búsqueda compara texto sin formato, más despacio y sin clasificación por relevancia.</translation>
    </message>
    <message>
        <source>That conversation is not in the history.</source>
        <translation>Esa conversación no está en el historial.</translation>
    </message>
    <message>
        <source>That is not a conversation Loquat can import.</source>
        <translation>No es una conversación que Loquat pueda importar.</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>No se pudo guardar el historial.</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>The history file was damaged. It was kept as %1 and a new history was started.</source>
        <translation>El archivo del historial estaba dañado. Se conservó como %1 y se inició un historial nuevo.</translation>
    </message>
    <message>
        <source>The history could not be opened (%1): conversations are not saved.</source>
        <translation>No se pudo abrir el historial (%1): las conversaciones no se guardan.</translation>
    </message>
</context>
<context>
    <name>StreamedBody</name>
    <message>
        <source>the attachment %1 could not be read whole</source>
        <translation>el adjunto %1 no se pudo leer completo</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Choose the parameter to vary.</source>
        <translation>Elija el parámetro que se va a variar.</translation>
    </message>
    <message>
        <source>A range is start:stop:step with numbers, stop ≥ start and a step above 0, like 0:1.2:0.4.</source>
        <translation>Un rango es inicio:fin:paso con números, fin ≥ inicio y un paso mayor que 0, como 0:1.2:0.4.</translation>
    </message>
    <message>
        <source>That range makes %1 values; at most %2 are allowed.</source>
        <translation>Ese rango produce %1 valores; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Enter the values to try, like 0, 0.4, 0.8 or 0:1.2:0.4.</source>
        <translation>Introduzca los valores que se van a probar, como 0, 0.4, 0.8 o 0:1.2:0.4.</translation>
    </message>
    <message>
        <source>At most %1 values are allowed.</source>
        <translation>Se permiten como máximo %1 valores.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>A list (0, 0.4, 0.8) or a range start:stop:step (0:1.2:0.4). For seeds: 1:4:1.</source>
        <translation>Una lista (0, 0.4, 0.8) o un rango inicio:fin:paso (0:1.2:0.4). Para semillas: 1:4:1.</translation>
    </message>
    <message>
        <source>Run every lane this many times to see how much the answers vary</source>
        <translation>Ejecutar cada carril este número de veces para ver cuánto varían las respuestas</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variar</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Repeat each</source>
        <translation>Repetir cada uno</translation>
    </message>
    <message>
        <source>Make lanes</source>
        <translation>Crear carriles</translation>
    </message>
    <message>
        <source>That makes %1 lanes; at most %2 run side by side.</source>
        <translation>Eso produce %1 carriles; como máximo se ejecutan %2 en paralelo.</translation>
    </message>
    <message numerus="yes">
        <source>Makes %n lane(s).</source>
        <translation>
            <numerusform>Crea %n carril.</numerusform>
            <numerusform>Crea %n carriles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field (a missing closing quote).</source>
        <translation>El archivo CSV termina dentro de un campo entre comillas (falta una comilla de cierre).</translation>
    </message>
    <message>
        <source>The CSV file holds no records.</source>
        <translation>El archivo CSV no contiene registros.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>La línea %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file holds no JSON objects.</source>
        <translation>El archivo no contiene objetos JSON.</translation>
    </message>
    <message>
        <source>No line of the file is a JSON object.</source>
        <translation>Ninguna línea del archivo es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Names: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>Emitido para: %1
Emitido por: %2
Nombres: %3
Válido desde %4 hasta %5
SHA-256: %6</translation>
    </message>
</context>
<context>
    <name>TokenBudgetLabel</name>
    <message>
        <source>Prompt size</source>
        <translation>Tamaño del prompt</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens and the answer may take %2, but the model holds %3. Shorten the message, lower max_tokens or start a new chat.</source>
        <translation>No cabe: el prompt ocupa %1 tokens y la respuesta puede ocupar %2, pero el modelo admite %3. Acorte el mensaje, reduzca max_tokens o inicie un chat nuevo.</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens but the model holds %2. Shorten the message or start a new chat.</source>
        <translation>No cabe: el prompt ocupa %1 tokens, pero el modelo admite %2. Acorte el mensaje o inicie un chat nuevo.</translation>
    </message>
    <message>
        <source>Prompt: %1 of %2 tokens</source>
        <translation>Prompt: %1 de %2 tokens</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens</source>
        <translation>Prompt: %1 tokens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for vLLM servers.</source>
        <translation>Un cliente de escritorio para servidores vLLM.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Keep the history in DIR (default: $LOQUAT_DATA_DIR, else the platform&apos;s data folder; loquat-cli uses the same).</source>
        <translation>Guarda el historial en DIR (predeterminado: $LOQUAT_DATA_DIR o, si no, la carpeta de datos de la plataforma; loquat-cli usa la misma).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
</context>
</TS>
