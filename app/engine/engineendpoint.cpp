// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineendpoint.h"

#include <QCoreApplication>
#include <QNetworkRequest>

namespace Stasis
{

std::expected<EngineEndpoint, QString> EngineEndpoint::parse(const QString &hostUrl)
{
    const QString trimmed = hostUrl.trimmed();
    if (trimmed.isEmpty()) {
        return std::unexpected(QCoreApplication::translate("EngineEndpoint", "The engine address is empty; use unix:///path/to/docker.sock."));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return std::unexpected(QCoreApplication::translate("EngineEndpoint", "'%1' is not a valid engine address: %2.").arg(trimmed, url.errorString()));
    }
    if (url.scheme() != QLatin1String("unix")) {
        return std::unexpected(QCoreApplication::translate("EngineEndpoint", "'%1': only unix:// engine addresses are supported so far.").arg(trimmed));
    }
    if (!url.host().isEmpty() || !url.path().startsWith(QLatin1Char('/'))) {
        return std::unexpected(
            QCoreApplication::translate("EngineEndpoint", "'%1' does not name an absolute socket path; write it as unix:///path/to/docker.sock.").arg(trimmed));
    }
    EngineEndpoint endpoint;
    endpoint.m_socketPath = url.path();
    return endpoint;
}

std::expected<EngineEndpoint, QString> EngineEndpoint::resolve(const QString &explicitHost)
{
    if (!explicitHost.isEmpty()) {
        return parse(explicitHost);
    }
    const QString fromEnvironment = qEnvironmentVariable("DOCKER_HOST");
    if (!fromEnvironment.isEmpty()) {
        return parse(fromEnvironment).transform_error([](const QString &error) {
            return QCoreApplication::translate("EngineEndpoint", "DOCKER_HOST: %1").arg(error);
        });
    }
    return parse(defaultHost);
}

QUrl EngineEndpoint::baseUrl() const
{
    QUrl url;
    // Qt 6.8 drives a QLocalSocket for this scheme; the host is ignored.
    url.setScheme(QStringLiteral("unix+http"));
    url.setHost(QStringLiteral("docker"));
    return url;
}

void EngineEndpoint::applyTo(QNetworkRequest &request) const
{
    request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_socketPath);
}

QString EngineEndpoint::displayUrl() const
{
    return QLatin1String("unix://") + m_socketPath;
}

} // namespace Stasis
