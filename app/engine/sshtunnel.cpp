// SPDX-License-Identifier: GPL-2.0-or-later
#include "sshtunnel.h"

#include "enginelogging.h"
#include "untrustedtext.h"

#include <QDir>
#include <QLocalServer>
#include <QProcess>
#include <QPromise>
#include <QTimer>

#include <unistd.h>

namespace Stasis
{

namespace
{
/// What is kept of an ssh's error output: its end, where ssh says why.
constexpr qsizetype maxErrorOutput = 4096;
} // namespace

class SshTunnel::Server final : public QLocalServer
{
public:
    explicit Server(SshTunnel *tunnel)
        : QLocalServer(tunnel)
        , m_tunnel(tunnel)
    {
    }

protected:
    // The raw descriptor, before a QLocalSocket could read what belongs to ssh.
    void incomingConnection(quintptr descriptor) override
    {
        m_tunnel->carry(qintptr(descriptor));
    }

private:
    SshTunnel *m_tunnel;
};

SshTunnel::SshTunnel(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_folder(QDir::tempPath() + QLatin1String("/stasis-ssh-XXXXXX"))
    , m_server(new Server(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_folder.isValid() || !m_server->listen(socketPath())) {
        m_failure = tr("Stasis could not open its private socket for ssh in %1: %2.")
                        .arg(QDir::tempPath(), m_folder.isValid() ? m_server->errorString() : m_folder.errorString());
    }
}

SshTunnel::~SshTunnel()
{
    // Without waiting: each QProcess goes once its ssh was reaped.
    for (QProcess *ssh : std::as_const(m_running)) {
        ssh->disconnect(this);
        ssh->setParent(nullptr);
        connect(ssh, &QProcess::finished, ssh, &QObject::deleteLater);
        ssh->kill();
    }
}

QStringList SshTunnel::arguments(const EngineEndpoint &endpoint)
{
    QStringList arguments{QStringLiteral("-o"),
                          QStringLiteral("ConnectTimeout=30"),
                          QStringLiteral("-o"),
                          QStringLiteral("BatchMode=yes"),
                          QStringLiteral("-T")};
    if (!endpoint.sshUser().isEmpty()) {
        arguments << QStringLiteral("-l") << endpoint.sshUser();
    }
    if (endpoint.port() > 0) {
        arguments << QStringLiteral("-p") << QString::number(endpoint.port());
    }
    arguments << QStringLiteral("--") << endpoint.host() << QStringLiteral("docker") << QStringLiteral("system") << QStringLiteral("dial-stdio");
    return arguments;
}

QString SshTunnel::socketPath() const
{
    return m_folder.filePath(QStringLiteral("engine.sock"));
}

void SshTunnel::carry(qintptr descriptor)
{
    auto *ssh = new QProcess(this);
    ssh->setProgram(QStringLiteral("ssh"));
    ssh->setArguments(arguments(m_endpoint));
    ssh->setStandardInputFile(QProcess::nullDevice());
    ssh->setStandardOutputFile(QProcess::nullDevice());
    const int connection = int(descriptor);
    ssh->setChildProcessModifier([connection] {
        ::dup2(connection, STDIN_FILENO);
        ::dup2(connection, STDOUT_FILENO);
    });
    auto errorOutput = std::make_shared<QByteArray>();
    connect(ssh, &QProcess::readyReadStandardError, this, [ssh, errorOutput] {
        errorOutput->append(ssh->readAllStandardError());
        if (errorOutput->size() > maxErrorOutput) {
            errorOutput->remove(0, errorOutput->size() - maxErrorOutput);
        }
    });
    connect(ssh, &QProcess::finished, this, [this, ssh, errorOutput](int exitCode, QProcess::ExitStatus status) {
        errorOutput->append(ssh->readAllStandardError().right(maxErrorOutput));
        if (status == QProcess::NormalExit && exitCode == 0) {
            m_failure.clear();
        } else {
            QString said = UntrustedText::escaped(QString::fromUtf8(errorOutput->right(maxErrorOutput)).trimmed());
            // It goes inside a sentence of ours.
            while (said.endsWith(QLatin1Char('.'))) {
                said.chop(1);
            }
            m_failure = said.isEmpty() ? tr("ssh ended with status %1").arg(exitCode) : said;
        }
        ended(ssh);
    });
    connect(ssh, &QProcess::errorOccurred, this, [this, ssh](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_failure = tr("ssh could not be started (%1); install OpenSSH's client (Debian: openssh-client).").arg(ssh->errorString());
            ended(ssh);
        }
    });
    m_running.append(ssh);
    qCDebug(lcEngine) << "ssh" << ssh->arguments();
    ssh->start();
    // ssh holds the connection now (QProcess forks in start()).
    ::close(connection);
}

void SshTunnel::ended(QProcess *ssh)
{
    m_running.removeOne(ssh);
    ssh->deleteLater();
    if (m_running.isEmpty()) {
        Q_EMIT settled();
    }
}

QFuture<QString> SshTunnel::failureOnceSettled(int timeoutMs)
{
    if (m_running.isEmpty()) {
        return QtFuture::makeReadyValueFuture(m_failure);
    }
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    auto answer = [this, promise] {
        if (promise->future().isFinished()) {
            return;
        }
        promise->addResult(m_failure);
        promise->finish();
    };
    connect(this, &SshTunnel::settled, this, answer, Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, this, answer);
    return promise->future();
}

} // namespace Stasis
