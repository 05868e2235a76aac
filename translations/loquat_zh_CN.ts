<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the server at its address: nothing is listening (is vLLM running, or still loading the model?).</source>
        <translation>无法连接到该地址的服务器：没有程序在监听（vLLM 是否正在运行，或仍在加载模型？）。</translation>
    </message>
    <message>
        <source>Could not find the server: the host name does not resolve.</source>
        <translation>找不到服务器：无法解析主机名。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>与服务器的安全连接失败。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>与服务器的安全连接失败：%1</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>服务器未能及时开始应答。</translation>
    </message>
    <message>
        <source>The server stopped sending for too long; the answer so far is kept.</source>
        <translation>服务器停止发送的时间过长；已保留目前为止的回答。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401).</source>
        <translation>服务器不接受该 API 密钥（HTTP 401）。</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): %1</source>
        <translation>服务器不接受该 API 密钥（HTTP 401）：%1</translation>
    </message>
    <message>
        <source>The server does not offer this route (HTTP 404): wrong base URL, or not a chat model?</source>
        <translation>服务器不提供此路由（HTTP 404）：基础 URL 有误，或者不是聊天模型？</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context (HTTP 400): %1</source>
        <translation>对话过长，超出了模型的上下文（HTTP 400）：%1</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation>服务器未能应答（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1): %2</source>
        <translation>服务器未能应答（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>服务器拒绝了请求（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>服务器在应答时报告了错误。</translation>
    </message>
    <message>
        <source>The server reported an error while answering: %1</source>
        <translation>服务器在应答时报告了错误：%1</translation>
    </message>
    <message>
        <source>The connection ended before the answer was complete.</source>
        <translation>回答完成之前连接已结束。</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read.</source>
        <translation>服务器发送了 Loquat 无法读取的响应。</translation>
    </message>
    <message>
        <source>The server sent a response Loquat cannot read: %1</source>
        <translation>服务器发送了 Loquat 无法读取的响应：%1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>网络错误。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>the server redirected too many times (a redirect loop?)</source>
        <translation>服务器重定向次数过多（重定向循环？）</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation>服务器重定向到了不安全的（http）地址</translation>
    </message>
    <message>
        <source>not a chat completion chunk: %1</source>
        <translation>不是聊天补全数据块：%1</translation>
    </message>
    <message>
        <source>The server presented a different certificate from the one trusted for this server: %1</source>
        <translation>服务器出示的证书与为此服务器信任的证书不同：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <source>the server redirected %1; Loquat does not follow it</source>
        <translation>服务器发出了重定向%1；Loquat 不会跟随</translation>
    </message>
    <message>
        <source>with HTTP %1</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>(HTTP %1) without a usable address</source>
        <translation>（HTTP %1），但没有可用的地址</translation>
    </message>
    <message>
        <source>to a %1: address</source>
        <translation>，目标为 %1: 地址</translation>
    </message>
    <message>
        <source>from https to an insecure http address (%1)</source>
        <translation>，从 https 指向不安全的 http 地址（%1）</translation>
    </message>
</context>
<context>
    <name>ApiKeyVault</name>
    <message>
        <source>no answer from the keychain service</source>
        <translation>钥匙串服务没有应答</translation>
    </message>
    <message>
        <source>Access to the OS keychain was refused (%1). API keys are kept in memory for this run only.</source>
        <translation>访问系统钥匙串被拒绝（%1）。API 密钥仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1). API keys are kept in memory for this run only.</source>
        <translation>系统钥匙串不可用（%1）。API 密钥仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation>无法读取密钥文件：%1</translation>
    </message>
    <message>
        <source>The key could not be written to the key file (%1); it is kept in memory for this run only.</source>
        <translation>无法将密钥写入密钥文件（%1）；它仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>The key could not be removed from the key file: %1</source>
        <translation>无法从密钥文件中移除该密钥：%1</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain: %1</source>
        <translation>无法从系统钥匙串中移除该密钥：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>移除附件 %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>附件 %1</translation>
    </message>
    <message>
        <source>web reference (the server fetches it)</source>
        <translation>网络引用（由服务器获取）</translation>
    </message>
    <message>
        <source>(scaled from %1×%2)</source>
        <translation>（由 %1×%2 缩放）</translation>
    </message>
    <message>
        <source>%1 — click to preview</source>
        <translation>%1 — 点击预览</translation>
    </message>
    <message>
        <source>🔗 link</source>
        <translation>🔗 链接</translation>
    </message>
</context>
<context>
    <name>AttachmentPreparer</name>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2.</source>
        <extracomment>%1 is a file name, %2 the reason (a sentence fragment)</extracomment>
        <translation>无法附加“%1”：%2。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the name says it is a %1, but its content is not</source>
        <translation>文件名表明它是 %1，但其内容不是</translation>
    </message>
    <message>
        <source>it is not a file Loquat can send (%1)</source>
        <translation>它不是 Loquat 可以发送的文件（%1）</translation>
    </message>
    <message>
        <source>the name says it is a %1, but it is a %2</source>
        <translation>文件名表明它是 %1，但实际上是 %2</translation>
    </message>
    <message>
        <source>it is %1, and the limit for %2 is %3</source>
        <translation>它的大小为 %1，而%2的限制为 %3</translation>
    </message>
    <message>
        <source>the image cannot be decoded (%1)</source>
        <translation>无法解码该图像（%1）</translation>
    </message>
    <message>
        <source>it could not be stored (%1)</source>
        <translation>无法存储（%1）</translation>
    </message>
    <message>
        <source>the image cannot be encoded (%1)</source>
        <translation>无法编码该图像（%1）</translation>
    </message>
    <message>
        <source>only http and https addresses can be attached as a reference</source>
        <translation>只有 http 和 https 地址可以作为引用附加</translation>
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
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>无法显示该图像。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move the file into %1: %2</source>
        <translation>无法将文件移入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the reply carried no HTTP status</source>
        <translation>回复中没有 HTTP 状态</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>回答不是 JSON：%1</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>No conversations yet.
</source>
        <translation>还没有对话。
</translation>
    </message>
    <message>
        <source>ID	UPDATED	MODEL	TITLE
</source>
        <translation>ID	更新时间	模型	标题
</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>There is no conversation %1 (loquat-cli conversations list shows them).</source>
        <translation>不存在对话 %1（loquat-cli conversations list 可列出对话）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s): %1
</source>
        <translation>
            <numerusform>已导入 %n 个对话：%1
</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer cannot be saved: %1</source>
        <translation>无法保存回答：%1</translation>
    </message>
    <message>
        <source>Conversation %1 has no model: give one with --model.</source>
        <translation>对话 %1 没有模型：请用 --model 指定一个。</translation>
    </message>
    <message>
        <source>the answer is not saved: %1</source>
        <translation>回答未保存：%1</translation>
    </message>
    <message>
        <source>the answer is no longer saved: %1</source>
        <translation>回答已不再保存：%1</translation>
    </message>
    <message>
        <source>the answer&apos;s end is not saved: %1</source>
        <translation>回答的结尾未保存：%1</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>--param 接受 NAME=VALUE，但收到的是“%1”。</translation>
    </message>
    <message>
        <source>The API key is never taken from the command line; set LOQUAT_API_KEY instead.</source>
        <translation>API 密钥从不从命令行获取；请改为设置 LOQUAT_API_KEY。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address (try http://localhost:8000/v1).</source>
        <translation>“%1”不是服务器地址（请尝试 http://localhost:8000/v1）。</translation>
    </message>
    <message>
        <source>Give the prompt as one argument (quote it).</source>
        <translation>请将提示词作为一个参数给出（用引号括起来）。</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models 不接受参数。</translation>
    </message>
    <message>
        <source>--conversation takes a conversation&apos;s ID (loquat-cli conversations list shows them).</source>
        <translation>--conversation 接受一个对话的 ID（loquat-cli conversations list 可列出对话）。</translation>
    </message>
    <message>
        <source>--format takes md or json.</source>
        <translation>--format 接受 md 或 json。</translation>
    </message>
    <message>
        <source>--repeat takes a number from 1 to %1, got &quot;%2&quot;.</source>
        <translation>--repeat 接受 1 到 %1 之间的数字，但收到的是“%2”。</translation>
    </message>
    <message>
        <source>--max-image-edge takes a number of pixels or &quot;off&quot;, got &quot;%1&quot;.</source>
        <translation>--max-image-edge 接受像素数或 &quot;off&quot;，但收到的是“%1”。</translation>
    </message>
    <message>
        <source>--dimensions takes a positive number, got &quot;%1&quot;.</source>
        <translation>--dimensions 接受正数，但收到的是“%1”。</translation>
    </message>
    <message>
        <source>--batch takes a positive number, got &quot;%1&quot;.</source>
        <translation>--batch 接受正数，但收到的是“%1”。</translation>
    </message>
    <message>
        <source>--truncate takes a number of tokens, got &quot;%1&quot;.</source>
        <translation>--truncate 接受 token 数，但收到的是“%1”。</translation>
    </message>
    <message>
        <source>compare needs at least one --lane (e.g. --lane temperature=0.2 --lane temperature=1.0).</source>
        <translation>compare 至少需要一个 --lane（例如 --lane temperature=0.2 --lane temperature=1.0）。</translation>
    </message>
    <message>
        <source>--lane and --repeat belong to compare.</source>
        <translation>--lane 和 --repeat 属于 compare。</translation>
    </message>
    <message>
        <source>%1 needs --model (loquat-cli models lists them).</source>
        <translation>%1 需要 --model（loquat-cli models 可列出模型）。</translation>
    </message>
    <message>
        <source>embed needs --model (loquat-cli models lists them).</source>
        <translation>embed 需要 --model（loquat-cli models 可列出模型）。</translation>
    </message>
    <message>
        <source>embed needs texts: give them as arguments or with --file.</source>
        <translation>embed 需要文本：请将其作为参数给出，或使用 --file。</translation>
    </message>
    <message>
        <source>Give the texts either as arguments or with --file, not both.</source>
        <translation>请将文本作为参数给出或使用 --file，不要两者同时使用。</translation>
    </message>
    <message>
        <source>conversations list takes no arguments.</source>
        <translation>conversations list 不接受参数。</translation>
    </message>
    <message>
        <source>conversations export takes one conversation&apos;s ID, or --all.</source>
        <translation>conversations export 接受一个对话的 ID，或 --all。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation ID (loquat-cli conversations list shows them).</source>
        <translation>“%1”不是对话 ID（loquat-cli conversations list 可列出对话）。</translation>
    </message>
    <message>
        <source>conversations import takes one file.</source>
        <translation>conversations import 接受一个文件。</translation>
    </message>
    <message>
        <source>conversations needs list, export or import.</source>
        <translation>conversations 需要 list、export 或 import。</translation>
    </message>
    <message>
        <source>Unknown conversations command &quot;%1&quot;: use list, export or import.</source>
        <translation>未知的 conversations 命令“%1”：请使用 list、export 或 import。</translation>
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
        <translation>用法：
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

--url 默认为 $LOQUAT_URL，否则为 http://localhost:8000/v1。
--param 使用 vLLM 自己的字段名（temperature、top_k、min_p、seed、stop、max_tokens 等）；
  能解析为 JSON 的值按 JSON 读取：--param temperature=0.2 --param stop=&apos;[&quot;\n\n&quot;]&apos;。
compare 同时运行各通道，并打印每个回答和一张数据表。通道 SPEC 是
  以逗号分隔的 NAME=VALUE 对（temperature=1.0,top_p=0.9）；model=M 选择另一个模型，
  preset=NAME 从某个预设开始（Precise、Balanced、Creative 或你自己的预设）；&apos;&apos; 表示服务器默认值。
  --repeat K 将每个通道运行 K 次。
--image、--video 和 --audio 附加媒体（可重复，按给出的顺序在提示词之前发送）：
  文件以 data: URL 发送，http(s) URL 作为由服务器获取的引用发送。
  大于 --max-image-edge（默认 2048 px，&apos;off&apos; 表示保持原样）的图像会被缩小。
PROMPT 为 &apos;-&apos;（或省略）时从标准输入读取提示词。
embed 打印各文本的余弦相似度矩阵；使用 --query 时打印按与查询的相似度排序的文本；
  使用 --json 时打印所有向量。--file 接受每行一段文本的文件（.txt，&apos;-&apos; 表示标准输入），
  或 .csv 或 .jsonl 文件中由 --field 指定的列/字段。
--profile NAME（代替 --url）使用应用中的某个服务器配置：其地址、系统钥匙串中的密钥、
  超时、请求头和默认模型。set-key 从标准输入读取密钥（绝不从命令行读取）。
不使用配置时，API 密钥依次取自 LOQUAT_API_KEY、VLLM_API_KEY、OPENAI_API_KEY
  （在该次运行中，它们也会覆盖配置中的密钥）。
LOQUAT_TIMEOUT（秒）设置首字节超时和空闲超时（默认 180）。

历史记录（与应用共享）：chat --save 将问题和回答保存为一个新对话；
--conversation ID 继续某个对话（除非另行指定，否则沿用其历史、系统提示词、参数和模型）。
--data-dir DIR（或 $LOQUAT_DATA_DIR）指定其保存位置。
</translation>
    </message>
    <message>
        <source>Name a command: models, chat, compare, conversations, embed or profiles.</source>
        <translation>请指定一个命令：models、chat、compare、conversations、embed 或 profiles。</translation>
    </message>
    <message>
        <source>Give --profile or --url, not both.</source>
        <translation>请给出 --profile 或 --url，不要两者同时使用。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use models, chat, compare, conversations, embed or profiles.</source>
        <translation>未知命令“%1”：请使用 models、chat、compare、conversations、embed 或 profiles。</translation>
    </message>
    <message>
        <source>profiles list takes no arguments.</source>
        <translation>profiles list 不接受参数。</translation>
    </message>
    <message>
        <source>profiles %1 takes the profile&apos;s name (quote it if it has spaces).</source>
        <translation>profiles %1 接受配置的名称（如果名称包含空格，请用引号括起来）。</translation>
    </message>
    <message>
        <source>profiles needs list, add, remove or set-key.</source>
        <translation>profiles 需要 list、add、remove 或 set-key。</translation>
    </message>
    <message>
        <source>Unknown profiles command &quot;%1&quot;: use list, add, remove or set-key.</source>
        <translation>未知的 profiles 命令“%1”：请使用 list、add、remove 或 set-key。</translation>
    </message>
    <message>
        <source>profiles add needs --url (the server&apos;s address, e.g. http://gpu-box:8000/v1).</source>
        <translation>profiles add 需要 --url（服务器地址，例如 http://gpu-box:8000/v1）。</translation>
    </message>
    <message>
        <source>--url and --model belong to profiles add; profiles takes no --profile.</source>
        <translation>--url 和 --model 属于 profiles add；profiles 不接受 --profile。</translation>
    </message>
    <message>
        <source>%1 needs --model: the profile has no default model (loquat-cli models --profile NAME lists them).</source>
        <translation>%1 需要 --model：该配置没有默认模型（loquat-cli models --profile NAME 可列出模型）。</translation>
    </message>
    <message>
        <source>
A compare lane&apos;s profile=NAME runs that lane on another server profile: its address, its
key from the OS keychain (never the environment&apos;s) and, unless model= is given, its default
model. Lanes on different servers run at the same time; one that cannot reach its server
fails alone. Example: --lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</source>
        <translation>
compare 通道中的 profile=NAME 让该通道在另一个服务器配置上运行：使用其地址、来自操作系统钥匙串的密钥
（绝不使用环境变量中的密钥），以及在未给出 model= 时使用其默认模型。不同服务器上的通道同时运行；
无法连接其服务器的通道单独失败。示例：--lane &apos;profile=Lab,model=M,temperature=0.2&apos;
</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>API 密钥（不显示）：</translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot; (loquat-cli profiles list shows them).</source>
        <translation>不存在名为“%1”的服务器配置（loquat-cli profiles list 可列出配置）。</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>No server profiles yet: loquat-cli profiles add NAME --url URL adds one.</source>
        <translation>还没有服务器配置：使用 loquat-cli profiles add NAME --url URL 添加一个。</translation>
    </message>
    <message>
        <source>%1 %2	%3	model: %4	key: %5</source>
        <translation>%1 %2	%3	模型：%4	密钥：%5</translation>
    </message>
    <message>
        <source>(the server&apos;s first)</source>
        <translation>（服务器的第一个模型）</translation>
    </message>
    <message>
        <source>A server profile named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的服务器配置已存在。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Give it a key with: loquat-cli profiles set-key &quot;%1&quot;</source>
        <translation>已添加“%1”（%2）。可用以下命令为其设置密钥：loquat-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be removed: %2 The profile was kept.</source>
        <translation>无法移除“%1”的密钥：%2 该配置已保留。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its key.</source>
        <translation>已移除“%1”及其密钥。</translation>
    </message>
    <message>
        <source>No key was given on standard input; nothing changed. (To remove a key, use the profiles window in the app.)</source>
        <translation>标准输入中没有提供密钥；未做任何更改。（要移除密钥，请使用应用中的配置窗口。）</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>密钥未存储：%1</translation>
    </message>
    <message>
        <source>Stored the key of &quot;%1&quot; in the %2.</source>
        <translation>已将“%1”的密钥存储到%2中。</translation>
    </message>
    <message>
        <source>%1 Going on without the profile&apos;s key.</source>
        <translation>%1 将在不使用该配置密钥的情况下继续。</translation>
    </message>
    <message>
        <source>lane %1: %2</source>
        <translation>通道 %1：%2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>adapter of %1</source>
        <translation>%1 的适配器</translation>
    </message>
    <message>
        <source>loquat-cli: could not read the prompt from standard input.
</source>
        <translation>loquat-cli：无法从标准输入读取提示词。
</translation>
    </message>
    <message>
        <source>loquat-cli: the prompt is empty.
</source>
        <translation>loquat-cli：提示词为空。
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli：%1 将在 %3 毫秒后重试（%2）。
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 (&quot;%2&quot;): %3
</source>
        <translation>loquat-cli：通道 %1（“%2”）：%3
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 lanes asked for; at most %2 run at once.
</source>
        <translation>loquat-cli：请求了 %1 个通道；同时最多运行 %2 个。
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1 done (%2)
</source>
        <translation>loquat-cli：通道 %1 完成（%2）
</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>(failed) %1
</source>
        <translation>（失败）%1
</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>loquat-cli: cannot create a temporary folder for the images.
</source>
        <translation>loquat-cli：无法为图像创建临时文件夹。
</translation>
    </message>
    <message>
        <source>Cannot attach “%1” as %2: it is a %3.</source>
        <translation>无法将“%1”作为 %2 附加：它是 %3。</translation>
    </message>
    <message>
        <source>loquat-cli: saved in conversation %1 (continue it with --conversation %1).
</source>
        <translation>loquat-cli：已保存到对话 %1（使用 --conversation %1 继续）。
</translation>
    </message>
    <message>
        <source>loquat-cli: lane %1: the profile &quot;%2&quot; was not read.
</source>
        <translation>loquat-cli：通道 %1：未读取配置“%2”。
</translation>
    </message>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取配置“%1”的 API 密钥：%2</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Lane %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>Speed (tokens/s)</source>
        <translation>速度（token/秒）</translation>
    </message>
    <message>
        <source>Length (completion tokens)</source>
        <translation>长度（补全 token 数）</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>正在流式传输</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source># Comparison</source>
        <translation># 对比</translation>
    </message>
    <message numerus="yes">
        <source>After %n earlier message(s).</source>
        <translation>
            <numerusform>在 %n 条较早的消息之后。</numerusform>
        </translation>
    </message>
    <message>
        <source>**Prompt**</source>
        <translation>**提示词**</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Differs from lane 1</source>
        <translation>与通道 1 不同</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示 token 数</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全 token 数</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>总耗时</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Model %1 at %2</source>
        <translation>模型 %1，位于 %2</translation>
    </message>
    <message>
        <source>Model %1 on profile %2 (%3)</source>
        <translation>模型 %1，配置 %2（%3）</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>服务器版本 %1。</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Continue in chat</source>
        <translation>在聊天中继续</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Stop this lane; the others go on</source>
        <translation>停止此通道；其他通道继续</translation>
    </message>
    <message>
        <source>Make this answer the chat&apos;s: the conversation goes on from it</source>
        <translation>将此回答设为聊天的回答：对话从这里继续</translation>
    </message>
    <message>
        <source>The exact request of this lane (copy as JSON or curl, replay)</source>
        <translation>此通道的确切请求（复制为 JSON 或 curl，重放）</translation>
    </message>
    <message>
        <source>Lane %1 · %2</source>
        <translation>通道 %1 · %2</translation>
    </message>
    <message>
        <source>The reference lane</source>
        <translation>参考通道</translation>
    </message>
    <message>
        <source>Same settings as lane 1</source>
        <translation>与通道 1 的设置相同</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>不同之处：%1</translation>
    </message>
    <message>
        <source>wall %1 ms</source>
        <translation>总耗时 %1 毫秒</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>正在流式传输…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>结束原因：%1</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Not sent: choose a model for this lane.</source>
        <translation>未发送：请为此通道选择一个模型。</translation>
    </message>
    <message>
        <source>Not sent: the lane&apos;s server has no address.</source>
        <translation>未发送：该通道的服务器没有地址。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Speed and length</source>
        <translation>速度和长度</translation>
    </message>
    <message>
        <source>Word diff</source>
        <translation>逐词差异</translation>
    </message>
    <message>
        <source>Prompt to compare</source>
        <translation>要对比的提示词</translation>
    </message>
    <message>
        <source>The prompt every lane answers (Ctrl+Enter runs)</source>
        <translation>每个通道都要回答的提示词（Ctrl+Enter 运行）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Send the prompt to every lane at once (Ctrl+Enter)</source>
        <translation>将提示词同时发送到每个通道（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copied the comparison as Markdown.</source>
        <translation>已将对比复制为 Markdown。</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Copied the comparison as JSON.</source>
        <translation>已将对比复制为 JSON。</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>另存为 Markdown…</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>保存对比</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>另存为 JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>添加通道</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>参数扫描…</translation>
    </message>
    <message>
        <source>Make lanes from lane 1 by varying one parameter, over seeds, or by repeating</source>
        <translation>以通道 1 为基础生成通道：改变一个参数、遍历种子或重复运行</translation>
    </message>
    <message numerus="yes">
        <source>After the request&apos;s %n earlier message(s)</source>
        <translation>
            <numerusform>在该请求的 %n 条较早消息之后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the chat&apos;s conversation so far (%n message(s))</source>
        <translation>
            <numerusform>在聊天目前为止的对话之后（%n 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>After the chat&apos;s conversation so far (it is empty)</source>
        <translation>在聊天目前为止的对话之后（对话为空）</translation>
    </message>
    <message>
        <source>At most %1 lanes run side by side.</source>
        <translation>最多可并排运行 %1 个通道。</translation>
    </message>
    <message>
        <source>A comparison has 1 to %1 lanes.</source>
        <translation>一次对比包含 1 到 %1 个通道。</translation>
    </message>
    <message>
        <source>Lane 1 is the sweep&apos;s starting point; fix it first: %1</source>
        <translation>通道 1 是参数扫描的起点；请先修正它：%1</translation>
    </message>
    <message numerus="yes">
        <source>Made %n lane(s).</source>
        <translation>
            <numerusform>已生成 %n 个通道。</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 lanes: remove one to add this request.</source>
        <translation>最多 %1 个通道：请移除一个以添加此请求。</translation>
    </message>
    <message>
        <source>Added the request as lane %1.</source>
        <translation>已将该请求添加为通道 %1。</translation>
    </message>
    <message>
        <source>A comparison is running: stop it first.</source>
        <translation>对比正在运行：请先停止它。</translation>
    </message>
    <message>
        <source>Write the prompt first.</source>
        <translation>请先编写提示词。</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>通道 %1：%2</translation>
    </message>
    <message>
        <source>Could not start the comparison.</source>
        <translation>无法开始对比。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s)…</source>
        <translation>
            <numerusform>正在运行 %n 个通道…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <source>Done; %n lane(s) failed (the reason is on the lane).</source>
        <translation>
            <numerusform>完成；%n 个通道失败（原因显示在通道上）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>已将对比保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save the comparison to %1: %2</source>
        <translation>无法将对比保存到 %1：%2</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>运行对比</translation>
    </message>
    <message>
        <source>Loading the models of %1…</source>
        <translation>正在加载 %1 的模型…</translation>
    </message>
    <message>
        <source>Lane %1: the models of %2 could not be loaded: %3</source>
        <translation>通道 %1：无法加载 %2 的模型：%3</translation>
    </message>
    <message>
        <source>Getting the lanes&apos; servers ready…</source>
        <translation>正在准备各通道的服务器…</translation>
    </message>
    <message>
        <source>Added the request&apos;s text as lane %1; its attachments are not sent from Compare.</source>
        <translation>已将该请求的文本添加为通道 %1；其附件不会从“对比”中发送。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n lane(s) with the conversation&apos;s text; its %1 attachment(s) are not sent from Compare.</source>
        <translation>
            <numerusform>正在以对话文本运行 %n 条通道；其 %1 个附件不会从“对比”页发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line, Esc to stop</source>
        <translation>消息 — Enter 发送，Shift+Enter 换行，Esc 停止</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter 发送消息，Shift+Enter 换行，Esc 停止回答。</translation>
    </message>
    <message>
        <source>Send or stop</source>
        <translation>发送或停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>Attach images, video or audio (or drop or paste them here)</source>
        <translation>附加图像、视频或音频（也可拖放或粘贴到此处）</translation>
    </message>
    <message>
        <source>Attach media</source>
        <translation>附加媒体</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Image from the clipboard</source>
        <translation>剪贴板中的图像</translation>
    </message>
    <message>
        <source>The clipboard holds no image or media file.</source>
        <translation>剪贴板中没有图像或媒体文件。</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>网址…</translation>
    </message>
    <message>
        <source>Send images at most</source>
        <translation>发送图像的最大尺寸</translation>
    </message>
    <message>
        <source>%1 px on the longest side</source>
        <translation>最长边 %1 像素</translation>
    </message>
    <message>
        <source>At their own size (no scaling)</source>
        <translation>原始尺寸（不缩放）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach images, video or audio</source>
        <translation>附加图像、视频或音频</translation>
    </message>
    <message>
        <source>Attach a web address</source>
        <translation>附加网址</translation>
    </message>
    <message>
        <source>An http(s) address of an image, video or audio file; the server fetches it:</source>
        <translation>图像、视频或音频文件的 http(s) 地址；由服务器获取：</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>Wait a moment: the attachments are still being prepared.</source>
        <translation>请稍候：附件仍在准备中。</translation>
    </message>
    <message>
        <source>Wait: the attachments are being prepared</source>
        <translation>请稍候：正在准备附件</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>It is not JSON (%1 at byte %2).</source>
        <translation>它不是 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The list is not a list of OpenAI messages.</source>
        <translation>该列表不是 OpenAI 消息列表。</translation>
    </message>
    <message>
        <source>It was written by a newer version of Loquat (format version %1).</source>
        <translation>它由更新版本的 Loquat 写入（格式版本 %1）。</translation>
    </message>
    <message>
        <source>A conversation in it has a message of unknown role.</source>
        <translation>其中一个对话包含未知角色的消息。</translation>
    </message>
    <message>
        <source>It holds no conversations.</source>
        <translation>其中不包含任何对话。</translation>
    </message>
    <message>
        <source>A message in it has an unknown role.</source>
        <translation>其中一条消息的角色未知。</translation>
    </message>
    <message>
        <source>Its messages are not OpenAI messages.</source>
        <translation>其中的消息不是 OpenAI 消息。</translation>
    </message>
    <message>
        <source>It is neither a Loquat export nor a list of OpenAI messages.</source>
        <translation>它既不是 Loquat 导出文件，也不是 OpenAI 消息列表。</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>无标题对话</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Parameters: `%1`</source>
        <translation>参数：`%1`</translation>
    </message>
    <message>
        <source>**System prompt**</source>
        <translation>**系统提示词**</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>助手 · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>&gt; *Reasoning*</source>
        <translation>&gt; *推理*</translation>
    </message>
    <message>
        <source>*Tool call* `%1`</source>
        <translation>*工具调用* `%1`</translation>
    </message>
    <message>
        <source>*Failed: %1*</source>
        <translation>*失败：%1*</translation>
    </message>
    <message>
        <source>*Stopped*</source>
        <translation>*已停止*</translation>
    </message>
    <message>
        <source>*Interrupted*</source>
        <translation>*已中断*</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>*Attached: %1*</source>
        <translation>*附件：%1*</translation>
    </message>
    <message>
        <source>*Attached: %1 (not exported: the file is no longer in the attachment store, or could not be read)*</source>
        <translation>*附件：%1（未导出：该文件已不在附件存储中，或无法读取）*</translation>
    </message>
    <message>
        <source>*Attached:* %1</source>
        <translation>*附件：* %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Copied the code to the clipboard.</source>
        <translation>已将代码复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Sen&amp;d message</source>
        <translation>发送消息(&amp;D)</translation>
    </message>
    <message>
        <source>Send what is in the message field (Enter there does the same)</source>
        <translation>发送消息框中的内容（在消息框中按 Enter 效果相同）</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>停止回答(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc in the message field does the same)</source>
        <translation>停止正在生成的回答（在消息框中按 Esc 效果相同）</translation>
    </message>
    <message>
        <source>&amp;Regenerate last answer</source>
        <translation>重新生成上一个回答(&amp;R)</translation>
    </message>
    <message>
        <source>Write the last answer again, keeping the old one as a version</source>
        <translation>重新生成上一个回答，并将旧回答保留为一个版本</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>编辑上一条消息(&amp;E)</translation>
    </message>
    <message>
        <source>Put your last message in the message field to change and send again</source>
        <translation>将你的上一条消息放入消息框，以便修改后重新发送</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>附加(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach files, an image from the clipboard or a web address</source>
        <translation>附加文件、剪贴板中的图像或网址</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>下一个对话(&amp;X)</translation>
    </message>
    <message>
        <source>Open the conversation below this one in the history</source>
        <translation>打开历史记录中位于此对话下方的对话</translation>
    </message>
    <message>
        <source>Pre&amp;vious conversation</source>
        <translation>上一个对话(&amp;V)</translation>
    </message>
    <message>
        <source>Open the conversation above this one in the history</source>
        <translation>打开历史记录中位于此对话上方的对话</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>A larger font in the conversation</source>
        <translation>在对话中使用更大的字体</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>A smaller font in the conversation</source>
        <translation>在对话中使用更小的字体</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <source>The conversation in the system&apos;s font size</source>
        <translation>对话使用系统的字体大小</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Theme, conversation font size and language</source>
        <translation>主题、对话字体大小和语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>窗口的所有快捷键</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>First lane</source>
        <translation>第一个通道</translation>
    </message>
    <message>
        <source>Second lane</source>
        <translation>第二个通道</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>%1% of the words in common</source>
        <translation>%1% 的词相同</translation>
    </message>
    <message>
        <source>Word differences</source>
        <translation>逐词差异</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>could not read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no column or field &quot;%2&quot; (it has: %3).</source>
        <translation>%1 没有列或字段“%2”（现有：%3）。</translation>
    </message>
    <message>
        <source>%1 holds no texts.</source>
        <translation>%1 不包含任何文本。</translation>
    </message>
    <message>
        <source>loquat-cli: %1
</source>
        <translation>loquat-cli：%1
</translation>
    </message>
    <message>
        <source>loquat-cli: a text is empty; give only texts with words in them.
</source>
        <translation>loquat-cli：有一段文本为空；请只提供包含文字的文本。
</translation>
    </message>
    <message>
        <source>loquat-cli: %1 Retrying (%2) in %3 ms.
</source>
        <translation>loquat-cli：%1 将在 %3 毫秒后重试（%2）。
</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>text %1 (&quot;%2&quot;)</source>
        <translation>文本 %1（“%2”）</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>loquat-cli: %1 was refused: %2
</source>
        <translation>loquat-cli：%1 被拒绝：%2
</translation>
    </message>
    <message>
        <source>loquat-cli: the vector of %1 holds NaN or infinity; it is left out.
</source>
        <translation>loquat-cli：%1 的向量包含 NaN 或无穷大；已将其略去。
</translation>
    </message>
    <message>
        <source>the vector holds NaN or infinity</source>
        <translation>向量包含 NaN 或无穷大</translation>
    </message>
</context>
<context>
    <name>EmbeddingDecoder</name>
    <message>
        <source>The vector&apos;s bytes are not a whole number of float32 values.</source>
        <translation>向量的字节数不是 float32 值的整数倍。</translation>
    </message>
    <message>
        <source>The vector is not valid base64.</source>
        <translation>该向量不是有效的 base64。</translation>
    </message>
</context>
<context>
    <name>EmbeddingErrors</name>
    <message>
        <source>The server does not serve embeddings (HTTP 404 Not Found): its model is not an embedding model, or the address is wrong.</source>
        <translation>服务器不提供嵌入服务（HTTP 404 Not Found）：其模型不是嵌入模型，或地址有误。</translation>
    </message>
    <message>
        <source>Too long for the model (HTTP 400): %1</source>
        <translation>对模型来说过长（HTTP 400）：%1</translation>
    </message>
    <message>
        <source>The server does not serve a reranker (HTTP 404 Not Found on /rerank, /v1/rerank and /score): its model is neither a cross-encoder nor an embedding model.</source>
        <translation>服务器不提供重排序服务（/rerank、/v1/rerank 和 /score 均返回 HTTP 404 Not Found）：其模型既不是交叉编码器，也不是嵌入模型。</translation>
    </message>
</context>
<context>
    <name>EmbeddingResponse</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>回答不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer has no `data` list of vectors.</source>
        <translation>回答中没有向量的 `data` 列表。</translation>
    </message>
    <message>
        <source>The server sent %1 vectors for %2 texts.</source>
        <translation>服务器为 %2 段文本发送了 %1 个向量。</translation>
    </message>
    <message>
        <source>The answer&apos;s vector indexes do not match the texts sent.</source>
        <translation>回答中的向量索引与发送的文本不匹配。</translation>
    </message>
    <message>
        <source>A vector holds something other than numbers.</source>
        <translation>某个向量包含非数字的内容。</translation>
    </message>
    <message>
        <source>An answer item has no `embedding`.</source>
        <translation>某个回答项没有 `embedding`。</translation>
    </message>
    <message>
        <source>The server sent an empty vector.</source>
        <translation>服务器发送了一个空向量。</translation>
    </message>
    <message>
        <source>The server sent vectors of different lengths (%1 and %2).</source>
        <translation>服务器发送的向量长度不一致（%1 和 %2）。</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetFile</name>
    <message>
        <source>This is not a Loquat embeddings set.</source>
        <translation>这不是 Loquat 嵌入集。</translation>
    </message>
    <message>
        <source>The set was saved by a newer Loquat (format version %1).</source>
        <translation>该集由更新版本的 Loquat 保存（格式版本 %1）。</translation>
    </message>
    <message>
        <source>The vector of text %1 in the set is damaged.</source>
        <translation>集中文本 %1 的向量已损坏。</translation>
    </message>
</context>
<context>
    <name>EmbeddingSetModel</name>
    <message>
        <source>Empty: left out</source>
        <translation>空：已略去</translation>
    </message>
    <message>
        <source>Unusable: the vector holds NaN or infinity</source>
        <translation>不可用：向量包含 NaN 或无穷大</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>范数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>EmbeddingsPanel</name>
    <message>
        <source>Loquat embeddings sets (*.loquat-embeddings.json *.json)</source>
        <translation>Loquat 嵌入集 (*.loquat-embeddings.json *.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB are read).</source>
        <translation>%1 过大（%2 MB；最多读取 %3 MB）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (nothing was changed)</source>
        <translation>无法写入 %1：%2（未做任何更改）</translation>
    </message>
    <message>
        <source>&amp;Truncate long texts to</source>
        <translation>将长文本截断为(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Point at a cell to read its value; click it to sort by that text.</source>
        <translation>将指针指向单元格可查看其值；点击可按该文本排序。</translation>
    </message>
    <message>
        <source>Embeddings status</source>
        <translation>嵌入状态</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Type or paste texts, one per line</source>
        <translation>输入或粘贴文本，每行一段</translation>
    </message>
    <message>
        <source>Add texts</source>
        <translation>添加文本</translation>
    </message>
    <message>
        <source>One text per line. Blank lines are skipped.</source>
        <translation>每行一段文本。空行会被跳过。</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s text, one text per line (Ctrl+Shift+V)</source>
        <translation>添加剪贴板中的文本，每行一段（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Texts from a .txt (one per line), .csv (a column) or .jsonl (a field)</source>
        <translation>来自 .txt（每行一段）、.csv（某一列）或 .jsonl（某一字段）的文本</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>文本 (*.txt *.csv *.tsv *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected texts (Delete)</source>
        <translation>移除所选文本（Delete）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected texts up (Alt+Up)</source>
        <translation>将所选文本上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected texts down (Alt+Down)</source>
        <translation>将所选文本下移（Alt+Down）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every text</source>
        <translation>移除所有文本</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved set of texts and vectors</source>
        <translation>打开已保存的文本和向量集</translation>
    </message>
    <message>
        <source>Open a set</source>
        <translation>打开集</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the texts, labels and vectors to reopen later</source>
        <translation>保存文本、标签和向量，以便稍后重新打开</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>保存集</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Vectors as CSV…</source>
        <translation>向量导出为 CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Vectors as JSON…</source>
        <translation>向量导出为 JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Vectors as NumPy .npy…</source>
        <translation>向量导出为 NumPy .npy…</translation>
    </message>
    <message>
        <source>NumPy (*.npy)</source>
        <translation>NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Similarity matrix as CSV…</source>
        <translation>相似度矩阵导出为 CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation>每个请求的文本数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>`dimensions`: fewer dimensions from a Matryoshka model (nomic-embed, Qwen3-Embedding, ...); other models refuse it</source>
        <translation>`dimensions`：让 Matryoshka 模型（nomic-embed、Qwen3-Embedding 等）输出更少的维度；其他模型会拒绝此参数</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>the model&apos;s limit</source>
        <translation>模型的上限</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Truncate to tokens</source>
        <translation>截断到的 token 数</translation>
    </message>
    <message>
        <source>`truncate_prompt_tokens`: cut texts that are too long instead of having the server refuse them</source>
        <translation>`truncate_prompt_tokens`：截断过长的文本，而不是让服务器拒绝它们</translation>
    </message>
    <message>
        <source>base64 (float32)</source>
        <translation>base64 (float32)</translation>
    </message>
    <message>
        <source>JSON numbers</source>
        <translation>JSON 数字</translation>
    </message>
    <message>
        <source>How vectors travel: base64 is exact and about five times smaller</source>
        <translation>向量的传输方式：base64 精确无损，且体积约小五倍</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>token 用量</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>In list order</source>
        <translation>按列表顺序</translation>
    </message>
    <message>
        <source>Clustered (average linkage)</source>
        <translation>聚类（平均链接）</translation>
    </message>
    <message>
        <source>By similarity to the selected text</source>
        <translation>按与所选文本的相似度</translation>
    </message>
    <message>
        <source>Row order</source>
        <translation>行顺序</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Map (PCA)</source>
        <translation>映射图（PCA）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Texts added: %1.</source>
        <translation>已添加文本：%1。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>&amp;Resume (%1 left)</source>
        <translation>继续(&amp;R)（剩余 %1 个）</translation>
    </message>
    <message>
        <source>&amp;Compute %1</source>
        <translation>计算(&amp;C)（%1 个）</translation>
    </message>
    <message>
        <source>Choose a model first: enter the server&apos;s address and pick an embedding model.</source>
        <translation>请先选择模型：输入服务器地址并选择一个嵌入模型。</translation>
    </message>
    <message>
        <source>Add some texts first.</source>
        <translation>请先添加一些文本。</translation>
    </message>
    <message>
        <source>Every text has a vector.</source>
        <translation>每段文本都已有向量。</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>将在 %2 秒后重试（第 %1 次尝试）：%3</translation>
    </message>
    <message>
        <source>Computing %1 vectors (empty texts left out: %2)…</source>
        <translation>正在计算 %1 个向量（已略去空文本：%2）…</translation>
    </message>
    <message>
        <source>Computing %1 vectors…</source>
        <translation>正在计算 %1 个向量…</translation>
    </message>
    <message>
        <source>Tokens: %1 · requests: %2 · %3 s</source>
        <translation>token：%1 · 请求：%2 · %3 秒</translation>
    </message>
    <message>
        <source>Requests: %1 · %2 s</source>
        <translation>请求：%1 · %2 秒</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see their status).</source>
        <translation>被服务器拒绝：%1（请查看其状态）。</translation>
    </message>
    <message>
        <source>Vectors holding NaN or infinity, left out of every view: %1.</source>
        <translation>包含 NaN 或无穷大、已从所有视图中略去的向量：%1。</translation>
    </message>
    <message>
        <source>Vectors computed: %1.</source>
        <translation>已计算的向量：%1。</translation>
    </message>
    <message>
        <source>Stopped. Texts left: %1 — Resume computes them.</source>
        <translation>已停止。剩余文本：%1 — 点击“继续”即可计算。</translation>
    </message>
    <message>
        <source>%1 The finished batches are kept. Texts left: %2 — Resume computes them.</source>
        <translation>%1 已完成的批次已保留。剩余文本：%2 — 点击“继续”即可计算。</translation>
    </message>
    <message>
        <source>%1 answers embeddings of %2 dimensions.</source>
        <translation>%1 返回 %2 维的嵌入。</translation>
    </message>
    <message>
        <source>The vectors have different lengths (computed with different settings?): compute again.</source>
        <translation>向量长度不一致（是否使用了不同的设置计算？）：请重新计算。</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>计算向量后即可查看文本之间的相似程度。</translation>
    </message>
    <message>
        <source>%1 texts: the similarity map is drawn for at most %2 texts. The search and the PCA map still work.</source>
        <translation>%1 段文本：相似度图最多绘制 %2 段文本。搜索和 PCA 映射图仍然可用。</translation>
    </message>
    <message>
        <source>The PCA map is drawn for at most %1 texts.</source>
        <translation>PCA 映射图最多绘制 %1 段文本。</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>至少为两段文本计算向量后才能在映射图上查看。</translation>
    </message>
    <message>
        <source>Select a text in the list (or click a row of the map) to sort by similarity to it.</source>
        <translation>在列表中选择一段文本（或点击映射图中的一行），即可按与它的相似度排序。</translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation>请先输入查询。</translation>
    </message>
    <message>
        <source>Compute the texts&apos; vectors to rank them by embedding similarity.</source>
        <translation>计算文本的向量后，即可按嵌入相似度对其排序。</translation>
    </message>
    <message>
        <source>The vectors come from %1 at %2: choose that model again, or compute the vectors again.</source>
        <translation>这些向量来自 %2 上的 %1：请重新选择该模型，或重新计算向量。</translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation>正在嵌入查询…</translation>
    </message>
    <message>
        <source>The query&apos;s vector holds NaN or infinity.</source>
        <translation>查询的向量包含 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>The reranker is off.</source>
        <translation>重排序器已关闭。</translation>
    </message>
    <message>
        <source>The vectors have different lengths: compute again.</source>
        <translation>向量长度不一致：请重新计算。</translation>
    </message>
    <message>
        <source>Cosine of the vectors · %1 · %2 texts</source>
        <translation>向量余弦 · %1 · %2 段文本</translation>
    </message>
    <message>
        <source>Reranking %1 texts…</source>
        <translation>正在对 %1 段文本重排序…</translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 个 token</translation>
    </message>
    <message>
        <source>POST %1 · %2%3</source>
        <translation>POST %1 · %2%3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Added %1 texts from %2.</source>
        <translation>已从 %2 添加 %1 段文本。</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>该文件不包含任何文本。</translation>
    </message>
    <message>
        <source>Saved %1 texts to %2.</source>
        <translation>已将 %1 段文本保存到 %2。</translation>
    </message>
    <message>
        <source>Opened %1: %2 texts, %3 with vectors.</source>
        <translation>已打开 %1：%2 段文本，其中 %3 段有向量。</translation>
    </message>
    <message>
        <source>The set could not be read.</source>
        <translation>无法读取该集。</translation>
    </message>
    <message>
        <source>There are no vectors to export yet.</source>
        <translation>还没有可导出的向量。</translation>
    </message>
    <message>
        <source>The similarity matrix is still being computed; try again in a moment.</source>
        <translation>相似度矩阵仍在计算中；请稍后再试。</translation>
    </message>
    <message>
        <source>There is no similarity matrix for this many texts.</source>
        <translation>文本数量过多，没有相似度矩阵。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Remove the selected texts (in the list)</source>
        <translation>移除所选文本（在列表中）</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s lines as texts (Embeddings page)</source>
        <translation>将剪贴板中的各行添加为文本（嵌入页面）</translation>
    </message>
    <message>
        <source>Move the selected texts up (in the list)</source>
        <translation>将所选文本上移（在列表中）</translation>
    </message>
    <message>
        <source>Move the selected texts down (in the list)</source>
        <translation>将所选文本下移（在列表中）</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2.</source>
        <translation>使用配置 %1（%2）生成。</translation>
    </message>
    <message>
        <source>Made with the profile %1 at %2, which is not one of your profiles.</source>
        <translation>使用配置 %1（%2）生成，该配置不在您的配置中。</translation>
    </message>
    <message>
        <source>Use the profile %1</source>
        <translation>使用配置 %1</translation>
    </message>
    <message>
        <source>Its vectors answer queries only with that server&apos;s model.</source>
        <translation>其向量只能配合该服务器的模型回答查询。</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>%1 is not a key file Loquat wrote</source>
        <translation>%1 不是 Loquat 写入的密钥文件</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法移除 %1</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Similarity map</source>
        <translation>相似度图</translation>
    </message>
    <message>
        <source>Compute vectors to see how similar the texts are.</source>
        <translation>计算向量后即可查看文本之间的相似程度。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2：%3</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>未找到与“%1”相关的内容。</translation>
    </message>
    <message>
        <source>No conversations yet. What you send is kept here.</source>
        <translation>还没有对话。你发送的内容会保存在这里。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export all as JSON…</source>
        <translation>全部导出为 JSON…</translation>
    </message>
    <message>
        <source>Export all as Markdown…</source>
        <translation>全部导出为 Markdown…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>its data is damaged or incomplete</source>
        <translation>其数据已损坏或不完整</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>图像为空</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>The first row names the columns</source>
        <translation>第一行为列名</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>从 %1 导入文本</translation>
    </message>
    <message>
        <source>Column with the texts</source>
        <translation>包含文本的列</translation>
    </message>
    <message>
        <source>Column with the labels</source>
        <translation>包含标签的列</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Texts from column:</source>
        <translation>文本所在列(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Texts from field:</source>
        <translation>文本所在字段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Labels from:</source>
        <translation>标签来源(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Lines that could not be read are left out (%1): %2</source>
        <translation>无法读取的行已略去（%1）：%2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 texts will be added (records with an empty text are left out).</source>
        <translation>将添加 %1 段文本（文本为空的记录已略去）。</translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>关闭通知</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>no HTTP status</source>
        <translation>没有 HTTP 状态</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Try the keychain again</source>
        <translation>重试钥匙串</translation>
    </message>
    <message>
        <source>Keep keys in a file…</source>
        <translation>将密钥保存在文件中…</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>钥匙串通知</translation>
    </message>
    <message>
        <source>After unlocking or starting the keyring, use the OS keychain again</source>
        <translation>解锁或启动密钥环后，重新使用系统钥匙串</translation>
    </message>
    <message>
        <source>Store API keys unencrypted in a file only you can read (not recommended)</source>
        <translation>将 API 密钥以未加密形式存储在只有你能读取的文件中（不推荐）</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: API keys are stored unencrypted in %1.</source>
        <translation>系统钥匙串不可用：API 密钥以未加密形式存储在 %1 中。</translation>
    </message>
    <message>
        <source>Keep API keys in a file?</source>
        <translation>将 API 密钥保存在文件中？</translation>
    </message>
    <message>
        <source>Without a keychain, Loquat can keep API keys in a plain file in your settings folder, readable only by your user account but not encrypted: anyone who can read your files (a backup, another program you run, an administrator) can read the keys.

Keep API keys in a file?</source>
        <translation>没有钥匙串时，Loquat 可以将 API 密钥保存在设置文件夹中的一个普通文件里，该文件只有你的用户帐户可以读取，但未加密：任何能读取你文件的人（备份、你运行的其他程序、管理员）都能读取这些密钥。

将 API 密钥保存在文件中？</translation>
    </message>
    <message>
        <source>Keep keys in a file</source>
        <translation>将密钥保存在文件中</translation>
    </message>
</context>
<context>
    <name>LaneEditor</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>参数覆盖</translation>
    </message>
    <message>
        <source>overrides, e.g. temperature=0.9, seed=3</source>
        <translation>覆盖项，例如 temperature=0.9, seed=3</translation>
    </message>
    <message>
        <source>Sampling fields as NAME=VALUE, separated by commas; they win over the preset&apos;s. Names are vLLM&apos;s: temperature, top_p, top_k, min_p, seed, max_completion_tokens, stop, n, logprobs, …</source>
        <translation>以 NAME=VALUE 形式填写的采样字段，用逗号分隔；优先于预设中的值。名称使用 vLLM 的字段名：temperature、top_p、top_k、min_p、seed、max_completion_tokens、stop、n、logprobs…</translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation>移除此通道</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>no preset</source>
        <translation>无预设</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>The server profile this lane talks to (its address and its key); lanes on different servers run at the same time</source>
        <translation>此通道所连接的服务器配置（其地址和密钥）；不同服务器上的通道同时运行</translation>
    </message>
    <message>
        <source>Window&apos;s profile (%1)</source>
        <translation>窗口的配置（%1）</translation>
    </message>
    <message>
        <source>Window&apos;s profile</source>
        <translation>窗口的配置</translation>
    </message>
    <message>
        <source>Whichever profile the window uses when the comparison runs</source>
        <translation>运行比较时窗口所用的配置</translation>
    </message>
</context>
<context>
    <name>LaneServers</name>
    <message>
        <source>the API key of the profile &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取配置“%1”的 API 密钥：%2</translation>
    </message>
</context>
<context>
    <name>LaneSpec</name>
    <message>
        <source>run %1</source>
        <translation>第 %1 次运行</translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>不存在预设“%1”。</translation>
    </message>
    <message>
        <source>profile= needs the name of a server profile.</source>
        <translation>profile= 需要一个服务器配置的名称。</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>[loquat] The server did not stop within %1 s; killing it.</source>
        <translation>[loquat] 服务器未在 %1 秒内停止；正在强制结束。</translation>
    </message>
    <message>
        <source>The local server is already running.</source>
        <translation>本地服务器已在运行。</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>请输入启动服务器的命令，例如 vllm serve Qwen/Qwen3-8B --port 8001。</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>无法启动该命令：%1</translation>
    </message>
    <message>
        <source>[loquat] Starting: %1</source>
        <translation>[loquat] 正在启动：%1</translation>
    </message>
    <message>
        <source>[loquat] Stopping the server.</source>
        <translation>[loquat] 正在停止服务器。</translation>
    </message>
    <message>
        <source>[loquat] The server stopped.</source>
        <translation>[loquat] 服务器已停止。</translation>
    </message>
    <message>
        <source>The server crashed.</source>
        <translation>服务器崩溃了。</translation>
    </message>
    <message>
        <source>The server exited with status %1.</source>
        <translation>服务器已退出，状态码为 %1。</translation>
    </message>
    <message>
        <source>[loquat] The server is ready (%1 s after starting).</source>
        <translation>[loquat] 服务器已就绪（启动后 %1 秒）。</translation>
    </message>
</context>
<context>
    <name>LogprobView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 (logprob %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2（logprob %3）</translation>
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
        <translation>聊天</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>服务器健康状态</translation>
    </message>
    <message>
        <source>Server health indicator</source>
        <translation>服务器健康状态指示器</translation>
    </message>
    <message>
        <source>Last answer&apos;s figures</source>
        <translation>上一个回答的数据</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>上一个回答：%1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 s: %3</source>
        <translation>将在 %2 秒后重试（第 %1 次尝试）：%3</translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to finish, or choose a model.</source>
        <translation>未发送：请等待回答完成，或选择一个模型。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>请输入服务器地址，例如 http://localhost:8000/v1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>“%1”不是服务器地址。请输入类似 http://localhost:8000/v1 或 host:8000 的地址。</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>Choose a model first: the server has not offered one yet.</source>
        <translation>请先选择模型：服务器尚未提供任何模型。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Server healthy · %1</source>
        <translation>服务器运行正常 · %1</translation>
    </message>
    <message>
        <source>No server answers at %1</source>
        <translation>%1 处没有服务器应答</translation>
    </message>
    <message>
        <source>Server at %1 is not healthy: %2</source>
        <translation>%1 处的服务器状态异常：%2</translation>
    </message>
    <message>
        <source>Server version and load</source>
        <translation>服务器版本和负载</translation>
    </message>
    <message>
        <source>From the server&apos;s /version and /metrics, refreshed every few seconds</source>
        <translation>来自服务器的 /version 和 /metrics，每隔几秒刷新一次</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>The message being edited is no longer shown; nothing was sent.</source>
        <translation>正在编辑的消息已不再显示；未发送任何内容。</translation>
    </message>
    <message>
        <source>Reading the server&apos;s API key from the keychain…</source>
        <translation>正在从钥匙串读取服务器的 API 密钥…</translation>
    </message>
    <message>
        <source>vLLM %1</source>
        <translation>vLLM %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>信任此证书？</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate your system does not trust:
%2

%3

Trust exactly this certificate for &quot;%4&quot;? Only do this if you know the server uses a self-signed certificate and this is its fingerprint. Any other certificate will still be refused.</source>
        <translation>%1 处的服务器出示了一个你的系统不信任的证书：
%2

%3

是否为“%4”信任且仅信任此证书？仅当你确定该服务器使用自签名证书且这就是它的指纹时才这样做。其他任何证书仍会被拒绝。</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>信任此证书</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>显示历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Export conversation as &amp;Markdown…</source>
        <translation>将对话导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export conversation as &amp;JSON…</source>
        <translation>将对话导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>导出所有对话(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>已创建副本“%1”。</translation>
    </message>
    <message>
        <source>%1 — Loquat</source>
        <translation>%1 — Loquat</translation>
    </message>
    <message>
        <source>Loquat keeps trying while it runs; nothing on screen is lost.</source>
        <translation>Loquat 在运行期间会持续重试；屏幕上的内容不会丢失。</translation>
    </message>
    <message>
        <source>Saving works again: everything on screen is written.</source>
        <translation>保存已恢复正常：屏幕上的所有内容均已写入。</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it with Esc) first.</source>
        <translation>请先等待回答完成（或按 Esc 停止）。</translation>
    </message>
    <message>
        <source>Copied the message (as markdown) to the clipboard.</source>
        <translation>已将消息（Markdown 格式）复制到剪贴板。</translation>
    </message>
    <message>
        <source>Editing your message: sending it starts a new version from here; the old one is kept. Esc cancels.</source>
        <translation>正在编辑你的消息：发送后将从此处开始一个新版本；旧版本会保留。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>请先选择模型。</translation>
    </message>
    <message>
        <source>Messages can only be deleted from a kept conversation.</source>
        <translation>只能从已保存的对话中删除消息。</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Nothing to export yet: this conversation has no messages.</source>
        <translation>尚无可导出的内容：此对话没有消息。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>导出对话</translation>
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
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>已导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Click to load the image from %1</source>
        <translation>单击以从 %1 加载图片</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Could not create the folder %1 for the attachments; nothing was exported.</source>
        <translation>无法为附件创建文件夹 %1；未导出任何内容。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>无法写入 %1（%2）；未导出任何内容。</translation>
    </message>
    <message>
        <source>%1; nothing was exported.</source>
        <translation>%1；未导出任何内容。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n attachment(s) in %2.</source>
        <translation>
            <numerusform>已导出到 %1，%n 个附件位于 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) could not be copied (no longer stored): %1 — the transcript says so where they were.</source>
        <translation>
            <numerusform>%n 个附件无法复制（已不再存储）：%1——记录中会在其原位置注明。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <extracomment>Link above a code block in a chat message; copies the code to the clipboard.</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Placeholder of an image in a chat message that has not been loaded.</extracomment>
        <translation>图片</translation>
    </message>
    <message>
        <source>(click to load the image from %1)</source>
        <extracomment>After an image&apos;s description; %1 is the image&apos;s full web address.</extracomment>
        <translation>（单击以从 %1 加载图片）</translation>
    </message>
</context>
<context>
    <name>MediaFormats</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>QuickTime 视频</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>WebM 视频</translation>
    </message>
    <message>
        <source>Matroska video</source>
        <translation>Matroska 视频</translation>
    </message>
    <message>
        <source>WAV audio file</source>
        <translation>WAV 音频文件</translation>
    </message>
    <message>
        <source>MP3 audio file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <source>FLAC audio file</source>
        <translation>FLAC 音频文件</translation>
    </message>
    <message>
        <source>Ogg audio file</source>
        <translation>Ogg 音频文件</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>视频 (%1)</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>音频 (%1)</translation>
    </message>
    <message>
        <source>Images, video and audio (%1)</source>
        <translation>图像、视频和音频 (%1)</translation>
    </message>
    <message>
        <source>images PNG, JPEG, WebP, GIF, BMP; video MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG</source>
        <translation>图像：PNG、JPEG、WebP、GIF、BMP；视频：MP4、WebM、MOV、MKV；音频：WAV、MP3、FLAC、OGG</translation>
    </message>
</context>
<context>
    <name>MessageSection</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation>▾ 推理</translation>
    </message>
    <message>
        <source>▸ Reasoning</source>
        <translation>▸ 推理</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>正在等待回答…</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答失败。</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ 已停止</translation>
    </message>
    <message>
        <source>■ Stopped · %1</source>
        <translation>■ 已停止 · %1</translation>
    </message>
    <message>
        <source>Interrupted: the app ended while this answer arrived</source>
        <translation>已中断：此回答到达时应用已退出</translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation>已在 token 上限处截断</translation>
    </message>
    <message>
        <source>Cut off at the token limit · %1</source>
        <translation>已在 token 上限处截断 · %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>回答：</translation>
    </message>
    <message>
        <source>This answer is too long to show whole: the view shows its first %L1 characters of %L2. Copy takes all of it.</source>
        <translation>此回答过长，无法完整显示：视图只显示全部 %L2 个字符中的前 %L1 个。“复制”会复制全部内容。</translation>
    </message>
    <message>
        <source>The reasoning is too long to show whole: the view shows its first %L1 characters of %L2.</source>
        <translation>推理内容过长，无法完整显示：视图只显示全部 %L2 个字符中的前 %L1 个。</translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 毫秒</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 个提示 token + %2 个补全 token</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 个补全 token</translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation>%1 个提示 token</translation>
    </message>
</context>
<context>
    <name>ParamDiff</name>
    <message>
        <source>model: %1 → %2</source>
        <translation>模型：%1 → %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>profile: %1 → %2</source>
        <translation>配置：%1 → %2</translation>
    </message>
</context>
<context>
    <name>PcaMapView</name>
    <message>
        <source>Map of the texts (PCA)</source>
        <translation>文本映射图（PCA）</translation>
    </message>
    <message>
        <source>Point under the pointer</source>
        <translation>指针下的点</translation>
    </message>
    <message>
        <source>Point at a dot to see its text.</source>
        <translation>将指针指向某个点即可查看其文本。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Compute vectors for at least two texts to see them on a map.</source>
        <translation>至少为两段文本计算向量后才能在映射图上查看。</translation>
    </message>
    <message>
        <source>First component (%1 % of the variance)</source>
        <translation>第一主成分（方差的 %1 %）</translation>
    </message>
    <message>
        <source>Second component (%1 %)</source>
        <translation>第二主成分（%1 %）</translation>
    </message>
    <message>
        <source>%1 texts: point at a dot to see its text.</source>
        <translation>%1 段文本：将指针指向某个点即可查看其文本。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>颜色主题</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>“跟随系统”会跟随桌面的浅色或深色设置</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Conversation font size</source>
        <translation>对话字体大小</translation>
    </message>
    <message>
        <source>Also Ctrl+Plus, Ctrl+Minus and Ctrl+0 (or Ctrl+wheel) in the conversation</source>
        <translation>也可在对话中使用 Ctrl+Plus、Ctrl+Minus 和 Ctrl+0（或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>Default conversation font size</source>
        <translation>默认对话字体大小</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language changes when Loquat is started again.</source>
        <translation>重新启动 Loquat 后语言才会更改。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Conversation &amp;font size:</source>
        <translation>对话字体大小(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Largest &amp;image:</source>
        <translation>最大图片(&amp;I)：</translation>
    </message>
    <message>
        <source>Largest image to attach, in megabytes</source>
        <translation>可附加的最大图片（MB）</translation>
    </message>
    <message>
        <source>Largest &amp;video:</source>
        <translation>最大视频(&amp;V)：</translation>
    </message>
    <message>
        <source>Largest video to attach, in megabytes</source>
        <translation>可附加的最大视频（MB）</translation>
    </message>
    <message>
        <source>Largest &amp;audio file:</source>
        <translation>最大音频文件(&amp;A)：</translation>
    </message>
    <message>
        <source>Largest audio file to attach, in megabytes</source>
        <translation>可附加的最大音频文件（MB）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused when attached (default %1 MB, at most %2 MB)</source>
        <translation>附加时拒绝更大的文件（默认 %1 MB，最多 %2 MB）</translation>
    </message>
    <message>
        <source>Default &amp;sizes</source>
        <translation>默认大小(&amp;S)</translation>
    </message>
    <message>
        <source>Default attachment size limits</source>
        <translation>默认附件大小限制</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>请为预设命名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>“%1”是内置预设；请选择其他名称。</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed.</source>
        <translation>内置预设无法重命名。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>不存在预设“%1”。</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的预设已存在。</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted.</source>
        <translation>内置预设无法删除。</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Could not save the presets to %1: %2</source>
        <translation>无法将预设保存到 %1：%2</translation>
    </message>
    <message>
        <source>Could not read the presets in %1: %2</source>
        <translation>无法读取 %1 中的预设：%2</translation>
    </message>
    <message>
        <source>The presets file %1 was not readable (%2); it was kept as %3.</source>
        <translation>预设文件 %1 无法读取（%2）；已将其保留为 %3。</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Stop trusting it</source>
        <translation>不再信任</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer …&quot; to this server&apos;s address only; stored in the OS keychain, never in a file</source>
        <translation>以“Authorization: Bearer …”的形式仅发送到此服务器的地址；存储在系统钥匙串中，绝不写入文件</translation>
    </message>
    <message>
        <source>Where the API key is kept</source>
        <translation>API 密钥的保存位置</translation>
    </message>
    <message>
        <source>The server&apos;s first model</source>
        <translation>服务器的第一个模型</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>First-byte time-out</source>
        <translation>首字节超时</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer (queueing and prefill can take long)</source>
        <translation>等待回答第一个字节的时长（排队和预填充可能需要很长时间）</translation>
    </message>
    <message>
        <source>Idle time-out</source>
        <translation>空闲超时</translation>
    </message>
    <message>
        <source>How long a stream may stay silent between two chunks</source>
        <translation>流在两个数据块之间可以保持静默的时长</translation>
    </message>
    <message>
        <source>X-Team: nlp
(one &quot;Name: value&quot; per line, sent with every request to this server only)</source>
        <translation>X-Team: nlp
（每行一个“Name: value”，仅随发往此服务器的每个请求发送）</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>vllm serve Qwen/Qwen3-8B --port 8001</source>
        <translation>vllm serve Qwen/Qwen3-8B --port 8001</translation>
    </message>
    <message>
        <source>Local server command</source>
        <translation>本地服务器命令</translation>
    </message>
    <message>
        <source>Optional: the command that starts this server on this machine. The API key is passed as VLLM_API_KEY.</source>
        <translation>可选：在本机上启动此服务器的命令。API 密钥通过 VLLM_API_KEY 传递。</translation>
    </message>
    <message>
        <source>Local server state</source>
        <translation>本地服务器状态</translation>
    </message>
    <message>
        <source>Local server log</source>
        <translation>本地服务器日志</translation>
    </message>
    <message>
        <source>The server&apos;s output appears here once it is started.</source>
        <translation>服务器启动后，其输出会显示在这里。</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <source>First byte:</source>
        <translation>首字节：</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>空闲：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>默认模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Time-outs:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>&amp;Local server:</source>
        <translation>本地服务器(&amp;L)：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1 or host:8000.</source>
        <translation>“%1”不是服务器地址。请输入类似 http://localhost:8000/v1 或 host:8000 的地址。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个配置名为“%1”。</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>正在存储密钥…</translation>
    </message>
    <message>
        <source>No API key. Type one to store it in the OS keychain.</source>
        <translation>没有 API 密钥。输入一个即可将其存储到系统钥匙串中。</translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>系统钥匙串中已存储一个密钥。输入新密钥即可替换。</translation>
    </message>
    <message>
        <source>A key is kept in memory for this run only: the OS keychain is unavailable.</source>
        <translation>密钥仅在本次运行期间保存在内存中：系统钥匙串不可用。</translation>
    </message>
    <message>
        <source>A key is stored in the unencrypted key file (the OS keychain is unavailable).</source>
        <translation>密钥存储在未加密的密钥文件中（系统钥匙串不可用）。</translation>
    </message>
    <message>
        <source>This run uses the key from %1 (never stored).</source>
        <translation>本次运行使用来自 %1 的密钥（从不存储）。</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Paste the server&apos;s --api-key</source>
        <translation>粘贴服务器的 --api-key</translation>
    </message>
    <message>
        <source>•••••• (stored)</source>
        <translation>••••••（已存储）</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>正在移除密钥…</translation>
    </message>
    <message>
        <source>The system decides which certificates to trust.</source>
        <translation>由系统决定信任哪些证书。</translation>
    </message>
    <message>
        <source>Also trusted: the certificate with SHA-256 %1</source>
        <translation>同时信任：SHA-256 为 %1 的证书</translation>
    </message>
    <message>
        <source>Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.</source>
        <translation>请输入启动服务器的命令，例如 vllm serve Qwen/Qwen3-8B --port 8001。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Starting — waiting for /health to answer (loading a model can take minutes)…</source>
        <translation>正在启动 — 等待 /health 应答（加载模型可能需要几分钟）…</translation>
    </message>
    <message>
        <source>Running and ready.</source>
        <translation>正在运行，已就绪。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>删除该配置？</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its API key? Conversations that used it keep their text but will ask for another server.</source>
        <translation>删除“%1”及其 API 密钥？使用过它的对话会保留文本，但会要求选择其他服务器。</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>&amp;Rank</source>
        <translation>排序(&amp;R)</translation>
    </message>
    <message>
        <source>Also rank with the server&apos;s &amp;reranker</source>
        <translation>同时使用服务器的重排序器排序(&amp;R)</translation>
    </message>
    <message>
        <source>Reranker on the embeddings server</source>
        <translation>嵌入服务器上的重排序器</translation>
    </message>
    <message>
        <source>Reranker:</source>
        <translation>重排序器：</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Ranking by embedding similarity</source>
        <translation>按嵌入相似度排序</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Embedding rank</source>
        <translation>嵌入排名</translation>
    </message>
    <message>
        <source>Ranking by the reranker</source>
        <translation>按重排序器排序</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>查询(&amp;Q)：</translation>
    </message>
    <message>
        <source>A question or a sentence to rank every text against</source>
        <translation>用于对每段文本进行排序的问题或句子</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>POST /v1/rerank, /rerank or /score: served for cross-encoders and embedding models</source>
        <translation>POST /v1/rerank、/rerank 或 /score：适用于交叉编码器和嵌入模型</translation>
    </message>
    <message>
        <source>&lt;b&gt;By embedding similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;按嵌入相似度&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By the reranker&lt;/b&gt;</source>
        <translation>&lt;b&gt;按重排序器&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a query and press Enter.</source>
        <translation>输入查询并按 Enter。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (↑%2)</source>
        <translation>%1（↑%2）</translation>
    </message>
    <message>
        <source>%1 (↓%2)</source>
        <translation>%1（↓%2）</translation>
    </message>
</context>
<context>
    <name>RemoteImageFetch</name>
    <message>
        <source>it is not an image Loquat shows (PNG, JPEG, GIF, WebP or BMP)</source>
        <translation>这不是 Loquat 可显示的图片（PNG、JPEG、GIF、WebP 或 BMP）</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>图片已损坏或不完整</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Loquat shows (at most %3 pixels on a side and %4 megapixels)</source>
        <translation>图片为 %1×%2 像素，超出 Loquat 的显示范围（每边最多 %3 像素，共 %4 百万像素）</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete (%1)</source>
        <translation>图片已损坏或不完整（%1）</translation>
    </message>
    <message>
        <source>only http and https images can be loaded</source>
        <translation>只能加载 http 和 https 图片</translation>
    </message>
    <message>
        <source>the address redirects to %1, which is not a web address</source>
        <translation>该地址重定向到 %1，它不是网址</translation>
    </message>
    <message>
        <source>the address redirects from https to unencrypted http (%1)</source>
        <translation>该地址从 https 重定向到未加密的 http（%1）</translation>
    </message>
    <message>
        <source>the image is %1, more than the %2 Loquat loads</source>
        <translation>图片为 %1，超过 Loquat 可加载的 %2</translation>
    </message>
    <message>
        <source>the image is larger than the %1 Loquat loads</source>
        <translation>图片超过 Loquat 可加载的 %1</translation>
    </message>
    <message>
        <source>the server did not send it within %1 seconds</source>
        <translation>服务器未在 %1 秒内发送</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>(loading the image from %1…)</source>
        <translation>（正在从 %1 加载图片…）</translation>
    </message>
    <message>
        <source>(could not load the image: %1. Click to try again.)</source>
        <extracomment>After an image&apos;s description; %1 is why it could not be loaded (a sentence part).</extracomment>
        <translation>（无法加载图片：%1。单击重试。）</translation>
    </message>
</context>
<context>
    <name>ReplayMedia</name>
    <message>
        <source>the %1 attachment of %2 (sha256 %3…)</source>
        <translation>%2 的 %1 附件（sha256 %3…）</translation>
    </message>
    <message>
        <source>Not sent: %1 is no longer in the attachment store, so this request cannot be replayed as it was. Attach the file again and send a new message instead.</source>
        <translation>未发送：%1 已不在附件存储中，因此无法按原样重放此请求。请重新附加该文件并改为发送一条新消息。</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n attachment(s) of this request, %1 among them, are no longer in the attachment store, so it cannot be replayed as it was.</source>
        <translation>
            <numerusform>未发送：此请求的 %n 个附件（包括 %1）已不在附件存储中，因此无法按原样重放。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (%1)</source>
        <translation>
            <numerusform>%n 个附件（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayRequest</name>
    <message>
        <source>Not sent: this request&apos;s attachments are kept in the history, which is not open.</source>
        <translation>未发送：此请求的附件保存在历史记录中，而历史记录未打开。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>未保存：%1。</translation>
    </message>
    <message>
        <source>Not saved: writing %1 failed (%2). Nothing was left behind.</source>
        <translation>未保存：写入 %1 失败（%2）。没有留下任何残留文件。</translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the attachment “%1” is no longer stored at %2</source>
        <translation>附件“%1”已不再存储于 %2</translation>
    </message>
    <message>
        <source>the attachment %1 is no longer stored at %2</source>
        <translation>附件 %1 已不再存储于 %2</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Replay in chat</source>
        <translation>在聊天中重放</translation>
    </message>
    <message>
        <source>Open in Compare</source>
        <translation>在对比中打开</translation>
    </message>
    <message>
        <source>Request of this answer</source>
        <translation>此回答的请求</translation>
    </message>
    <message>
        <source>Sent to %1. The API key is sent in a header and is not part of the body.</source>
        <translation>已发送到 %1。API 密钥在请求头中发送，不属于请求体。</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>复制 JSON</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Send this exact request again (same parameters and seed) as a new answer</source>
        <translation>将这个完全相同的请求（相同的参数和种子）再次发送，作为新的回答</translation>
    </message>
    <message>
        <source>Use this request&apos;s model and parameters as a lane in Compare</source>
        <translation>将此请求的模型和参数用作对比中的一个通道</translation>
    </message>
    <message>
        <source>Copied the request as JSON.</source>
        <translation>已将请求复制为 JSON。</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>已将请求复制为 curl 命令。</translation>
    </message>
    <message>
        <source>Save full body…</source>
        <translation>保存完整请求体…</translation>
    </message>
    <message>
        <source>This body shows %1 as placeholders (&lt;attachment sha256=… bytes=…&gt;) instead of their data: Copy JSON and Copy as curl copy it so. Replay sends the files themselves; Save full body… writes the body with their data, for curl.</source>
        <translation>此请求体以占位符（&lt;attachment sha256=… bytes=…&gt;）代替 %1 的数据：“复制 JSON”和“复制为 curl”按此复制。重放会发送文件本身；“保存完整请求体…”会写出包含其数据的请求体，供 curl 使用。</translation>
    </message>
    <message>
        <source>Write the request body with the attachments&apos; data to a file</source>
        <translation>将包含附件数据的请求体写入文件</translation>
    </message>
    <message>
        <source>Copied the request as JSON, with placeholders for %1 (use Save full body… for their data).</source>
        <translation>已将请求复制为 JSON，其中 %1 以占位符表示（如需其数据，请使用“保存完整请求体…”）。</translation>
    </message>
    <message>
        <source>Copied the request as a curl command, with placeholders for %1: the server would refuse it as it is (use Save full body… for their data).</source>
        <translation>已将请求复制为 curl 命令，其中 %1 以占位符表示：服务器会按原样拒绝它（如需其数据，请使用“保存完整请求体…”）。</translation>
    </message>
    <message>
        <source>Server version: not reported by the server</source>
        <translation>服务器版本：服务器未报告</translation>
    </message>
    <message>
        <source>Server: vLLM %1</source>
        <translation>服务器：vLLM %1</translation>
    </message>
    <message>
        <source>Answered by %1 · %2</source>
        <translation>由 %1 回答 · %2</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>the answer has no `results`</source>
        <translation>回答中没有 `results`</translation>
    </message>
    <message>
        <source>the answer has no `data`</source>
        <translation>回答中没有 `data`</translation>
    </message>
    <message>
        <source>a score does not match a document</source>
        <translation>某个分数与文档不匹配</translation>
    </message>
</context>
<context>
    <name>SamplingController</name>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>&amp;Sampling parameters</source>
        <translation>采样参数(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the sampling parameters</source>
        <translation>显示或隐藏采样参数</translation>
    </message>
    <message>
        <source>(your next message)</source>
        <translation>（你的下一条消息）</translation>
    </message>
    <message>
        <source>fix the sampling parameters first: %1</source>
        <translation>请先修正采样参数：%1</translation>
    </message>
    <message>
        <source>Not replayed: wait for the answer to finish.</source>
        <translation>未重放：请等待回答完成。</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>token 概率</translation>
    </message>
    <message>
        <source>Each token is shaded by its probability: red where the model was unsure, green where it was sure. Hover a token for the alternatives.</source>
        <translation>每个 token 按其概率着色：红色表示模型不确定，绿色表示模型确定。将指针悬停在 token 上可查看备选项。</translation>
    </message>
    <message>
        <source>This answer&apos;s request could not be read from the history.</source>
        <translation>无法从历史记录中读取此回答的请求。</translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation>请求未发送</translation>
    </message>
    <message>
        <source>Save the full request body</source>
        <translation>保存完整请求体</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the full request body to %1; a curl command that sends it is on the clipboard.</source>
        <translation>已将完整请求体保存到 %1；发送它的 curl 命令已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>SamplingFieldEditor</name>
    <message>
        <source>Ticked: sent as set here. Unticked: the server&apos;s default.</source>
        <translation>勾选：按此处的设置发送。未勾选：使用服务器的默认值。</translation>
    </message>
    <message>
        <source>Back to the server&apos;s default (not sent)</source>
        <translation>恢复为服务器的默认值（不发送）</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>server default: %1</source>
        <translation>服务器默认值：%1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</translation>
    </message>
    <message>
        <source>one per line; \n is a newline</source>
        <translation>每行一个；\n 表示换行</translation>
    </message>
    <message>
        <source>Enter a value, or untick to use the server&apos;s default.</source>
        <translation>请输入一个值，或取消勾选以使用服务器的默认值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token id.</source>
        <translation>“%1”不是 token ID。</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON 无效，位于 %1：%2。</translation>
    </message>
    <message>
        <source>A schema is a JSON object ({…}).</source>
        <translation>schema 是一个 JSON 对象（{…}）。</translation>
    </message>
</context>
<context>
    <name>SamplingFields</name>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>How random the next token is: 0 always takes the most likely token (greedy), higher values spread the choice over more tokens.</source>
        <translation>下一个 token 的随机程度：0 总是选取最可能的 token（贪婪），值越高，选择越分散到更多 token 上。</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens whose probabilities add up to p are candidates. 1 keeps every token.</source>
        <translation>核采样：只有概率累加达到 p 的最可能 token 才是候选项。1 保留所有 token。</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only the k most likely tokens are candidates. 0 or -1 turns the limit off.</source>
        <translation>只有最可能的 k 个 token 是候选项。0 或 -1 关闭此限制。</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Drops tokens less likely than min_p times the most likely token&apos;s probability. 0 turns it off.</source>
        <translation>丢弃概率低于“min_p 乘以最可能 token 的概率”的 token。0 关闭此功能。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Seeds the sampler: the same seed, prompt and parameters give the same answer. Without it every answer is drawn afresh.</source>
        <translation>为采样器设定种子：相同的种子、提示词和参数会得到相同的回答。不设置时，每个回答都重新随机生成。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>The most tokens the answer may have (reasoning included). Sent as max_completion_tokens (max_tokens to llama.cpp). Prompt plus this must fit the model&apos;s context.</source>
        <translation>回答最多可包含的 token 数（包括推理）。以 max_completion_tokens 发送（对 llama.cpp 为 max_tokens）。提示词加上此值必须在模型的上下文范围内。</translation>
    </message>
    <message>
        <source>Min tokens</source>
        <translation>最小 token 数</translation>
    </message>
    <message>
        <source>The answer is not allowed to end (EOS or stop) before this many tokens.</source>
        <translation>在达到此 token 数之前，回答不允许结束（EOS 或 stop）。</translation>
    </message>
    <message>
        <source>Ignore end of sequence</source>
        <translation>忽略序列结束符</translation>
    </message>
    <message>
        <source>Keeps generating after the model&apos;s end-of-sequence token, up to the token limit (for benchmarks).</source>
        <translation>在模型的序列结束 token 之后继续生成，直到 token 上限（用于基准测试）。</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Positive values penalise tokens that already appeared, nudging towards new topics; negative values encourage repeating them.</source>
        <translation>正值会惩罚已出现过的 token，促使模型转向新话题；负值则鼓励重复它们。</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Like presence penalty, but growing with how often a token appeared.</source>
        <translation>与存在惩罚类似，但随 token 出现的次数而增大。</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Multiplies down tokens from the prompt and the answer so far: above 1 repeats less, below 1 more. 1 turns it off.</source>
        <translation>降低提示词和目前回答中已有 token 的权重：大于 1 减少重复，小于 1 增加重复。1 关闭此功能。</translation>
    </message>
    <message>
        <source>Stop strings</source>
        <translation>停止字符串</translation>
    </message>
    <message>
        <source>The answer ends where one of these strings would appear (the string itself is not included). One per line; none may be empty.</source>
        <translation>回答在出现其中任一字符串的位置结束（不包括该字符串本身）。每行一个；不能为空。</translation>
    </message>
    <message>
        <source>Stop token ids</source>
        <translation>停止 token ID</translation>
    </message>
    <message>
        <source>The answer ends after any of these token ids. Separate them with commas or spaces.</source>
        <translation>回答在出现其中任一 token ID 之后结束。请用逗号或空格分隔。</translation>
    </message>
    <message>
        <source>Skip special tokens</source>
        <translation>跳过特殊 token</translation>
    </message>
    <message>
        <source>Leaves special tokens (such as &lt;|im_end|&gt;) out of the text. Turn it off to see them.</source>
        <translation>从文本中略去特殊 token（例如 &lt;|im_end|&gt;）。关闭此项即可看到它们。</translation>
    </message>
    <message>
        <source>Include stop string</source>
        <translation>包含停止字符串</translation>
    </message>
    <message>
        <source>Keeps the matched stop string at the end of the answer.</source>
        <translation>在回答末尾保留匹配到的停止字符串。</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>回答数 (n)</translation>
    </message>
    <message>
        <source>How many alternative answers to sample for the same prompt; shown as tabs. More than 1 needs a temperature above 0.</source>
        <translation>为同一提示词采样多少个备选回答；以标签页显示。多于 1 个时需要温度大于 0。</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>对数概率</translation>
    </message>
    <message>
        <source>Returns each answer token&apos;s log probability, so the answer can be shaded by how sure the model was.</source>
        <translation>返回回答中每个 token 的对数概率，以便按模型的确定程度为回答着色。</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>最可能的备选项</translation>
    </message>
    <message>
        <source>For each token, also return this many most likely alternatives (shown on hover). Needs log probabilities on; the server allows at most 20 unless started with a larger --max-logprobs.</source>
        <translation>对每个 token，同时返回这么多个最可能的备选项（悬停时显示）。需要开启对数概率；除非服务器以更大的 --max-logprobs 启动，否则最多允许 20 个。</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON schema</translation>
    </message>
    <message>
        <source>Constrains the answer to JSON matching this schema (structured_outputs.json). Only one of schema, regex and choice can be used.</source>
        <translation>将回答限制为符合此 schema 的 JSON（structured_outputs.json）。schema、正则表达式和选项只能使用其中一种。</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Constrains the answer to text matching this regular expression (structured_outputs.regex).</source>
        <translation>将回答限制为匹配此正则表达式的文本（structured_outputs.regex）。</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>The answer is exactly one of these strings (structured_outputs.choice). One per line.</source>
        <translation>回答恰好是这些字符串之一（structured_outputs.choice）。每行一个。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>For reasoning models whose chat template reads enable_thinking (Qwen3 and others): off answers without thinking first.</source>
        <translation>适用于聊天模板读取 enable_thinking 的推理模型（Qwen3 等）：关闭时直接回答，不先进行思考。</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推理强度</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before answering, passed to the chat template (gpt-oss and others). Older servers accept only low, medium and high.</source>
        <translation>推理模型在回答前思考的程度，传递给聊天模板（gpt-oss 等）。较旧的服务器只接受 low、medium 和 high。</translation>
    </message>
    <message>
        <source>%1: the schema nests too deeply.</source>
        <translation>%1：schema 嵌套过深。</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must be one of %2, not %3.</source>
        <translation>%1：&quot;type&quot; 必须是 %2 之一，而不是 %3。</translation>
    </message>
    <message>
        <source>%1: &quot;properties&quot; must be an object.</source>
        <translation>%1：&quot;properties&quot; 必须是一个对象。</translation>
    </message>
    <message>
        <source>%1: &quot;required&quot; must be a list of property names.</source>
        <translation>%1：&quot;required&quot; 必须是属性名称的列表。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty list of schemas.</source>
        <translation>%1：&quot;%2&quot; 必须是非空的 schema 列表。</translation>
    </message>
    <message>
        <source>%1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>%1：&quot;enum&quot; 必须是非空列表。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number.</source>
        <translation>%1：&quot;%2&quot; 必须是数字。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number, 0 or more.</source>
        <translation>%1：&quot;%2&quot; 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>%1: &quot;pattern&quot; is not a valid regular expression.</source>
        <translation>%1：&quot;pattern&quot; 不是有效的正则表达式。</translation>
    </message>
    <message>
        <source>%1: a schema must be an object.</source>
        <translation>%1：schema 必须是一个对象。</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>Not sent: the server uses %1.</source>
        <translation>不发送时，服务器使用 %1。</translation>
    </message>
    <message>
        <source>Randomness</source>
        <translation>随机性</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Stopping and tokens</source>
        <translation>停止和 token</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>备选项</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>token 概率</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>结构化输出</translation>
    </message>
    <message>
        <source>Reasoning models</source>
        <translation>推理模型</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be in %2, not %3.</source>
        <translation>%1 必须在 %2 范围内，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 必须 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be on or off.</source>
        <translation>%1 必须为开或关。</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 必须是 %2 之一。</translation>
    </message>
    <message>
        <source>%1 must be a list of strings.</source>
        <translation>%1 必须是字符串列表。</translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation>%1 至少需要一项。</translation>
    </message>
    <message>
        <source>%1 cannot contain an empty string.</source>
        <translation>%1 不能包含空字符串。</translation>
    </message>
    <message>
        <source>%1 must be a list of token ids.</source>
        <translation>%1 必须是 token ID 列表。</translation>
    </message>
    <message>
        <source>%1 must be whole numbers, 0 or more.</source>
        <translation>%1 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 (at character %3).</source>
        <translation>%1 无效：%2（位于第 %3 个字符）。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
    <message>
        <source>Top alternatives need log probabilities turned on.</source>
        <translation>最可能的备选项需要开启对数概率。</translation>
    </message>
    <message>
        <source>More than one answer needs a temperature above 0 (0 always picks the same tokens).</source>
        <translation>多个回答需要温度大于 0（为 0 时总是选取相同的 token）。</translation>
    </message>
    <message>
        <source>Min tokens (%1) cannot be more than max tokens (%2).</source>
        <translation>最小 token 数（%1）不能大于最大 token 数（%2）。</translation>
    </message>
    <message>
        <source>Use only one kind of structured output: a JSON schema, a regular expression or a choice.</source>
        <translation>请只使用一种结构化输出：JSON schema、正则表达式或选项。</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 必须是数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 必须是 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be JSON, not &quot;%2&quot;.</source>
        <translation>%1 必须是 JSON，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>“%1”不是 NAME=VALUE 形式。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Apply a preset: its fields replace the form&apos;s.</source>
        <translation>应用预设：其字段会替换表单中的值。</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the form as a preset of your own</source>
        <translation>将表单保存为你自己的预设</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Every field back to the server&apos;s default</source>
        <translation>将所有字段恢复为服务器的默认值</translation>
    </message>
    <message>
        <source>Start this model with this preset</source>
        <translation>使用此预设启动此模型</translation>
    </message>
    <message>
        <source>Advanced JSON and the request</source>
        <translation>高级 JSON 和请求</translation>
    </message>
    <message>
        <source>Fields the form does not have (logit_bias, priority, bad_words, …) as a JSON object; they are merged into the request.</source>
        <translation>表单中没有的字段（logit_bias、priority、bad_words 等），以 JSON 对象形式填写；它们会合并到请求中。</translation>
    </message>
    <message>
        <source>Advanced JSON</source>
        <translation>高级 JSON</translation>
    </message>
    <message>
        <source>Request body (the API key travels in a header and is never shown):</source>
        <translation>请求体（API 密钥在请求头中传输，从不显示）：</translation>
    </message>
    <message>
        <source>Request body preview</source>
        <translation>请求体预览</translation>
    </message>
    <message>
        <source>Advanced JSON is not valid JSON: %1 (at character %2).</source>
        <translation>高级 JSON 不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>Advanced JSON must be one object: {&quot;field&quot;: value, …}.</source>
        <translation>高级 JSON 必须是一个对象：{&quot;field&quot;: value, …}。</translation>
    </message>
    <message>
        <source>Advanced JSON cannot set &quot;%1&quot;: the app sets it.</source>
        <translation>高级 JSON 不能设置“%1”：该字段由应用设置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a field of the form above; set it there.</source>
        <translation>“%1”是上方表单中的字段；请在那里设置。</translation>
    </message>
    <message>
        <source>Not sendable: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>Everything is left to the server&apos;s defaults.</source>
        <translation>所有内容都使用服务器的默认值。</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>将发送：%1</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>Start %1 with this preset</source>
        <translation>使用此预设启动 %1</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>删除预设“%1”？</translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>服务器的 OpenAI 基础 URL；“host:8000”会被自动补全。按 Enter 连接。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>重新连接并重新加载模型</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Show the system prompt</source>
        <translation>显示系统提示词</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation, e.g. &quot;Answer briefly.&quot;</source>
        <translation>在对话之前发送的可选指令，例如“请简要回答。”</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>服务器地址问题</translation>
    </message>
    <message>
        <source>Hide the system prompt</source>
        <translation>隐藏系统提示词</translation>
    </message>
    <message>
        <source>%1 · %2 tokens</source>
        <translation>%1 · %2 个 token</translation>
    </message>
    <message>
        <source>LoRA adapter of %1</source>
        <translation>%1 的 LoRA 适配器</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>The server profile in use; pick another to switch servers</source>
        <translation>正在使用的服务器配置；选择其他配置即可切换服务器</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete server profiles (API keys, time-outs, headers, certificates, a local vLLM)</source>
        <translation>添加、编辑、复制或删除服务器配置（API 密钥、超时、请求头、证书、本地 vLLM）</translation>
    </message>
    <message>
        <source>Manage server profiles</source>
        <translation>管理服务器配置</translation>
    </message>
</context>
<context>
    <name>ServerDirectory</name>
    <message>
        <source>The server profile this refers to no longer exists.</source>
        <translation>此处引用的服务器配置已不存在。</translation>
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
        <translation>运行中 %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>等待中 %1</translation>
    </message>
    <message>
        <source>KV cache %1 %</source>
        <translation>KV 缓存 %1 %</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Start the simulator to try Loquat</source>
        <translation>启动模拟器来试用 Loquat</translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation>服务器通知</translation>
    </message>
    <message>
        <source>Start the simulator</source>
        <translation>启动模拟器</translation>
    </message>
    <message>
        <source>Starts loquat-sim, a local stand-in for vLLM with deterministic answers</source>
        <translation>启动 loquat-sim，这是一个本地的 vLLM 替身，会给出确定性的回答</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there, enter another address above, or try Loquat with the bundled simulator.</source>
        <translation>%1 处没有服务器应答。请在该处启动 vLLM，在上方输入其他地址，或使用内置的模拟器试用 Loquat。</translation>
    </message>
    <message>
        <source>No server answers at %1. Start vLLM there or enter another address above.</source>
        <translation>%1 处没有服务器应答。请在该处启动 vLLM，或在上方输入其他地址。</translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation>正在启动模拟器…</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>信任此证书…</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Saves it as a server profile and connects</source>
        <translation>将其保存为服务器配置并连接</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>添加服务器配置</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>信任此证书</translation>
    </message>
    <message>
        <source>Shows the certificate and lets you trust exactly this one for this server</source>
        <translation>显示该证书，并允许你为此服务器信任且仅信任这一个证书</translation>
    </message>
    <message>
        <source>A server answers at %1. Use it, add another server, or try the simulator.</source>
        <translation>%1 处有服务器应答。你可以使用它、添加其他服务器，或试用模拟器。</translation>
    </message>
    <message>
        <source>A server answers at %1 (%2). Use it, add another server, or try the simulator.</source>
        <translation>%1 处有服务器应答（%2）。你可以使用它、添加其他服务器，或试用模拟器。</translation>
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
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI base URL; &quot;host:8000&quot; is completed for you. Enter connects.</source>
        <translation>服务器的 OpenAI 基础 URL；“host:8000”会被自动补全。按 Enter 连接。</translation>
    </message>
    <message>
        <source>Connect again and reload the models</source>
        <translation>重新连接并重新加载模型</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>请输入服务器地址，例如 http://localhost:8000/v1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter something like http://localhost:8000/v1.</source>
        <translation>“%1”不是服务器地址。请输入类似 http://localhost:8000/v1 的地址。</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>One of your server profiles (its address and its key from the OS keychain), or another address</source>
        <translation>您的某个服务器配置（其地址及来自操作系统钥匙串的密钥），或其他地址</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>A server that is none of your profiles: type its address</source>
        <translation>不属于您任何配置的服务器：请输入其地址</translation>
    </message>
    <message>
        <source>The address of the profile %1 (edit it in Profiles…)</source>
        <translation>配置 %1 的地址（在“配置…”中编辑）</translation>
    </message>
    <message>
        <source>The profile&apos;s API key could not be read: %1</source>
        <translation>无法读取该配置的 API 密钥：%1</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:8000/v1.</source>
        <translation>请输入服务器地址，例如 http://localhost:8000/v1。</translation>
    </message>
    <message>
        <source>Time-outs must be at least one second.</source>
        <translation>超时时间至少为一秒。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be set here; put an API key in the API key field.</source>
        <translation>无法在此处设置请求头“%1”；请将 API 密钥填入 API 密钥字段。</translation>
    </message>
    <message>
        <source>Remove --api-key from the command: put the key in the API key field and Loquat passes it to vLLM as VLLM_API_KEY, so it is never saved in plain text.</source>
        <translation>请从命令中移除 --api-key：将密钥填入 API 密钥字段，Loquat 会以 VLLM_API_KEY 的形式将其传给 vLLM，因此密钥绝不会以明文保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header line (Name: value, ASCII only).</source>
        <translation>“%1”不是请求头行（Name: value，仅限 ASCII）。</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>按名称或按键筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Enter sends and Shift+Enter starts a new line in the message field; Esc stops an answer or cancels an edit. Tab moves between controls.</source>
        <translation>在消息框中，Enter 发送，Shift+Enter 换行；Esc 停止回答或取消编辑。Tab 在控件之间切换。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SimulatorLauncher</name>
    <message>
        <source>The simulator (loquat-sim) was not found next to Loquat.</source>
        <translation>在 Loquat 旁边找不到模拟器（loquat-sim）。</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>无法启动模拟器：%1</translation>
    </message>
    <message>
        <source>The simulator ended before it was ready.</source>
        <translation>模拟器在就绪之前就已结束。</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 已损坏，且无法移到一旁</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>schema version %1; this Loquat knows up to %2</source>
        <translation>schema 版本为 %1；此版本的 Loquat 最高只支持 %2</translation>
    </message>
    <message>
        <source>%1 needs updating but cannot be written</source>
        <translation>%1 需要更新，但无法写入</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full: the conversation is kept on screen but cannot be saved until space is freed.</source>
        <translation>磁盘已满：对话保留在屏幕上，但在释放空间之前无法保存。</translation>
    </message>
    <message>
        <source>The history cannot be written (the file or its folder is read-only): new messages are not saved.</source>
        <translation>无法写入历史记录（文件或其文件夹为只读）：新消息不会被保存。</translation>
    </message>
    <message>
        <source>The history file is damaged.</source>
        <translation>历史记录文件已损坏。</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Loquat: it is shown read-only and nothing in it is changed.</source>
        <translation>历史记录由更新版本的 Loquat 写入：将以只读方式显示，其中的任何内容都不会被更改。</translation>
    </message>
    <message>
        <source>The history is busy in another program; the change will be tried again.</source>
        <translation>历史记录正被另一个程序占用；稍后将重试此更改。</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
    <message>
        <source>Full-text search is not available (this SQLite has no FTS5): search matches plain text instead, more slowly and without ranking.</source>
        <translation>全文搜索不可用（此 SQLite 不含 FTS5）：改为匹配纯文本，速度较慢且没有排序。</translation>
    </message>
    <message>
        <source>That conversation is not in the history.</source>
        <translation>该对话不在历史记录中。</translation>
    </message>
    <message>
        <source>That is not a conversation Loquat can import.</source>
        <translation>这不是 Loquat 可以导入的对话。</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>无法保存历史记录。</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>The history file was damaged. It was kept as %1 and a new history was started.</source>
        <translation>历史记录文件已损坏。已将其保留为 %1，并开始了新的历史记录。</translation>
    </message>
    <message>
        <source>The history could not be opened (%1): conversations are not saved.</source>
        <translation>无法打开历史记录（%1）：对话不会被保存。</translation>
    </message>
</context>
<context>
    <name>StreamedBody</name>
    <message>
        <source>the attachment %1 could not be read whole</source>
        <translation>无法完整读取附件 %1</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Choose the parameter to vary.</source>
        <translation>请选择要改变的参数。</translation>
    </message>
    <message>
        <source>A range is start:stop:step with numbers, stop ≥ start and a step above 0, like 0:1.2:0.4.</source>
        <translation>范围的格式为 start:stop:step，均为数字，stop ≥ start 且 step 大于 0，例如 0:1.2:0.4。</translation>
    </message>
    <message>
        <source>That range makes %1 values; at most %2 are allowed.</source>
        <translation>该范围会产生 %1 个值；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Enter the values to try, like 0, 0.4, 0.8 or 0:1.2:0.4.</source>
        <translation>请输入要尝试的值，例如 0, 0.4, 0.8 或 0:1.2:0.4。</translation>
    </message>
    <message>
        <source>At most %1 values are allowed.</source>
        <translation>最多允许 %1 个值。</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>A list (0, 0.4, 0.8) or a range start:stop:step (0:1.2:0.4). For seeds: 1:4:1.</source>
        <translation>一个列表（0, 0.4, 0.8）或一个范围 start:stop:step（0:1.2:0.4）。对于种子：1:4:1。</translation>
    </message>
    <message>
        <source>Run every lane this many times to see how much the answers vary</source>
        <translation>将每个通道运行这么多次，以查看回答的差异有多大</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Repeat each</source>
        <translation>每个重复</translation>
    </message>
    <message>
        <source>Make lanes</source>
        <translation>生成通道</translation>
    </message>
    <message>
        <source>That makes %1 lanes; at most %2 run side by side.</source>
        <translation>这将生成 %1 个通道；最多可并排运行 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>Makes %n lane(s).</source>
        <translation>
            <numerusform>将生成 %n 个通道。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field (a missing closing quote).</source>
        <translation>CSV 文件在带引号的字段内结束（缺少右引号）。</translation>
    </message>
    <message>
        <source>The CSV file holds no records.</source>
        <translation>CSV 文件不包含任何记录。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>第 %1 行不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The file holds no JSON objects.</source>
        <translation>该文件不包含任何 JSON 对象。</translation>
    </message>
    <message>
        <source>No line of the file is a JSON object.</source>
        <translation>该文件中没有任何一行是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Names: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>颁发给：%1
颁发者：%2
名称：%3
有效期：%4 至 %5
SHA-256：%6</translation>
    </message>
</context>
<context>
    <name>TokenBudgetLabel</name>
    <message>
        <source>Prompt size</source>
        <translation>提示词大小</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens and the answer may take %2, but the model holds %3. Shorten the message, lower max_tokens or start a new chat.</source>
        <translation>无法容纳：提示词占用 %1 个 token，回答可能占用 %2 个，但模型只能容纳 %3 个。请缩短消息、降低 max_tokens 或开始新的聊天。</translation>
    </message>
    <message>
        <source>Will not fit: the prompt takes %1 tokens but the model holds %2. Shorten the message or start a new chat.</source>
        <translation>无法容纳：提示词占用 %1 个 token，但模型只能容纳 %2 个。请缩短消息或开始新的聊天。</translation>
    </message>
    <message>
        <source>Prompt: %1 of %2 tokens</source>
        <translation>提示词：%1 / %2 个 token</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens</source>
        <translation>提示词：%1 个 token</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop client for vLLM servers.</source>
        <translation>vLLM 服务器的桌面客户端。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>打印版本并退出。</translation>
    </message>
    <message>
        <source>Keep the history in DIR (default: $LOQUAT_DATA_DIR, else the platform&apos;s data folder; loquat-cli uses the same).</source>
        <translation>将历史记录保存在 DIR 中（默认：$LOQUAT_DATA_DIR，否则为平台的数据文件夹；loquat-cli 使用相同的位置）。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>嵌入</translation>
    </message>
</context>
</TS>
