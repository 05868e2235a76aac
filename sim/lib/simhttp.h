#pragma once

#include "simconnection.h"
#include "simoptions.h"

#include <QJsonValue>
#include <QString>

// Response heads and error bodies exactly as each imitated server writes them.
namespace SimHttp {

// uvicorn: `date`, `server: uvicorn`, then the response's own headers (lower case).
// llama.cpp (cpp-httplib): capitalised names, `Server: llama.cpp`, keep-alive and CORS headers.
HttpHeaders jsonHeaders(SimDialect dialect);
HttpHeaders sseHeaders(SimDialect dialect);
HttpHeaders textHeaders(SimDialect dialect, const QByteArray &contentType);

SimResponse json(SimDialect dialect, int status, const QByteArray &body);

// An OpenAI-shaped error {"error":{"message","type","param","code"}} (vLLM), the flat
// {"object":"error",...} (legacy vLLM), or {"error":{"code","message","type"}} (llama.cpp, whose
// type is derived from the status: invalid_request_error, not_found_error, server_error, ...).
SimResponse error(SimDialect dialect, int status, const QString &message, const QString &type,
                  const QJsonValue &param = QJsonValue::Null);
// 401: vLLM's {"error":"Unauthorized"} (a string) or llama.cpp's "Invalid API Key".
SimResponse unauthorized(SimDialect dialect);
// Unregistered route / wrong method: FastAPI's {"detail":...}, llama.cpp's not_found_error.
SimResponse routeNotFound(SimDialect dialect);
SimResponse methodNotAllowed(SimDialect dialect, const QByteArray &allow);
// The elastic-EP scaling middleware's 503 (its `error` is a string).
SimResponse scaling(SimDialect dialect);

// The in-stream error event, including its framing: vLLM `data: {"error": {...}}` written by
// json.dumps (spaced, ASCII-escaped), llama.cpp `error: {...}`.
QByteArray streamError(SimDialect dialect, const QString &message, const QString &type,
                       const QJsonValue &param, int code);

QByteArray event(const QByteArray &json); // "data: " + json + "\n\n"
// vLLM's random id suffix: 16 hex digits, 32 on legacy servers (random_uuid()).
QString randomHex(SimDialect dialect);
QByteArray doneEvent(); // "data: [DONE]\n\n"
QByteArray httpDate();

} // namespace SimHttp
