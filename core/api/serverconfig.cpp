#include "serverconfig.h"

#include <QtGlobal>

#include <cmath>
#include <limits>

namespace {

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QUrl ServerConfig::endpoint(QStringView route) const
{
    while (route.startsWith(QLatin1Char('/')))
        route = route.mid(1);
    QUrl url = baseUrl;
    url.setPath(withoutTrailingSlashes(url.path()) + QLatin1Char('/') + route.toString());
    return url;
}

QUrl ServerConfig::serverRoot() const
{
    QUrl url = baseUrl;
    QString path = withoutTrailingSlashes(url.path());
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    url.setPath(withoutTrailingSlashes(path));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ServerConfig::applyEnvironment()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("LOQUAT_TIMEOUT").trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0)
        return;
    const double ms = std::min(seconds * 1000.0, double(std::numeric_limits<int>::max()));
    const int timeoutMs = std::max(1, int(std::lround(ms)));
    firstByteTimeoutMs = timeoutMs;
    idleTimeoutMs = timeoutMs;
}

QUrl ServerConfig::normalizeBaseUrl(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty() || input.contains(QLatin1Char(' ')))
        return {};
    // "localhost:8000" would parse as scheme "localhost": a bare address means plain http.
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("http://"));
    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    if (url.host().isEmpty())
        return {};
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = withoutTrailingSlashes(url.path());
    // A pasted endpoint URL names its base.
    if (path.endsWith(QLatin1String("/chat/completions")))
        path.chop(int(QStringView(u"/chat/completions").size()));
    // An empty path means the server root; any other path is kept as given (proxies mount the
    // OpenAI routes under their own prefixes).
    url.setPath(path.isEmpty() ? QStringLiteral("/v1") : path);
    return url;
}
