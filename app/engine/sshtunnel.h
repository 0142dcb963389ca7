// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineendpoint.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QLocalServer;
class QProcess;

namespace Stasis
{

/// Reaches an ssh:// engine the way the Docker CLI does: every connection to
/// a private local socket becomes one `ssh … docker system dial-stdio`
/// whose standard input and output *are* that connection, so the kernel
/// carries the bytes (and their back-pressure) and the same HTTP client
/// serves unix, tcp and ssh engines. ssh runs without prompts (BatchMode):
/// an unknown host key or a key that needs a passphrase fails with ssh's
/// own words, kept for failure().
class SshTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTunnel)

public:
    explicit SshTunnel(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    /// Kills every ssh still running.
    ~SshTunnel() override;

    /// The arguments of `ssh` for one connection to @p endpoint.
    static QStringList arguments(const EngineEndpoint &endpoint);

    /// The private socket (in a folder only this user can enter) a client connects to.
    QString socketPath() const;
    /// Why the last ssh failed, in its own words (plain text, bounded, no
    /// closing period); empty when none did or the last one ended well.
    QString failure() const
    {
        return m_failure;
    }
    /// failure() once every ssh started so far has ended, or after
    /// @p timeoutMs: a connection's HTTP error can arrive before its ssh's exit.
    QFuture<QString> failureOnceSettled(int timeoutMs);

Q_SIGNALS:
    /// The last running ssh ended.
    void settled();

private:
    class Server;
    void carry(qintptr descriptor);
    void ended(QProcess *ssh);

    EngineEndpoint m_endpoint;
    QTemporaryDir m_folder;
    Server *m_server;
    QList<QProcess *> m_running;
    QString m_failure;
};

} // namespace Stasis
