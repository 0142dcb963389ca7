// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <expected>

class QNetworkRequest;

namespace Stasis
{

/// Where an engine listens. For now a Unix socket (`unix:///path`).
class EngineEndpoint
{
public:
    static constexpr QLatin1StringView defaultHost{"unix:///var/run/docker.sock"};

    /// Parses a DOCKER_HOST-style URL; the error says what is wrong with it.
    static std::expected<EngineEndpoint, QString> parse(const QString &hostUrl);
    /// The Docker CLI's order: @p explicitHost, then DOCKER_HOST, then the default socket.
    static std::expected<EngineEndpoint, QString> resolve(const QString &explicitHost = {});

    bool isUnixSocket() const
    {
        return !m_socketPath.isEmpty();
    }
    /// The socket's path, for unix:// endpoints.
    QString socketPath() const
    {
        return m_socketPath;
    }
    /// Scheme and authority of every request's URL (the path is the caller's).
    QUrl baseUrl() const;
    /// Sets what a request needs to reach this endpoint (the socket to use).
    void applyTo(QNetworkRequest &request) const;
    /// The URL the user gave or would give, e.g. `unix:///var/run/docker.sock`.
    QString displayUrl() const;

private:
    QString m_socketPath;
};

} // namespace Stasis
