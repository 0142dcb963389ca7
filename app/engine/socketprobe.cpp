// SPDX-License-Identifier: GPL-2.0-or-later
#include "socketprobe.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace Stasis
{

namespace
{
constexpr int probeTimeoutMs = 5000;

SocketProbeResult resultFor(QLocalSocket::LocalSocketError error, const QString &path, const QString &detail)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return {SocketProbeResult::Outcome::NoSocket,
                SocketProbe::tr(
                    "There is no engine socket at %1. Start the Docker engine (for example: sudo systemctl start docker), or choose another engine with "
                    "--host or DOCKER_HOST.")
                    .arg(path)};
    case QLocalSocket::SocketAccessError:
        return {
            SocketProbeResult::Outcome::PermissionDenied,
            SocketProbe::tr("Permission denied on %1. Add your user to the socket's group (usually: sudo usermod -aG docker $USER, then log in again), or run "
                            "as a user who may use the engine.")
                .arg(path)};
    case QLocalSocket::ConnectionRefusedError:
        return {SocketProbeResult::Outcome::Refused,
                SocketProbe::tr("Nothing answers on %1 (connection refused): the engine is stopped or has crashed. Start it again (for example: sudo systemctl "
                                "start docker).")
                    .arg(path)};
    default:
        return {SocketProbeResult::Outcome::Failed, SocketProbe::tr("Cannot connect to %1: %2").arg(path, detail)};
    }
}
} // namespace

QFuture<SocketProbeResult> SocketProbe::probe(const QString &socketPath, QObject *context)
{
    auto promise = std::make_shared<QPromise<SocketProbeResult>>();
    promise->start();
    auto *socket = new QLocalSocket(context);
    auto *timer = new QTimer(socket);
    const auto finish = [promise, socket](SocketProbeResult result) {
        if (promise->future().isFinished()) {
            return;
        }
        promise->addResult(std::move(result));
        promise->finish();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    };
    QObject::connect(socket, &QLocalSocket::connected, socket, [finish] {
        finish({SocketProbeResult::Outcome::Reachable, {}});
    });
    QObject::connect(socket, &QLocalSocket::errorOccurred, socket, [finish, socket, socketPath](QLocalSocket::LocalSocketError error) {
        finish(resultFor(error, socketPath, socket->errorString()));
    });
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, [finish, socketPath] {
        finish({SocketProbeResult::Outcome::Failed,
                tr("%1 accepted no connection within %2 seconds; the engine may be overloaded or hung.").arg(socketPath).arg(probeTimeoutMs / 1000)});
    });
    timer->start(probeTimeoutMs);
    socket->connectToServer(socketPath);
    return promise->future();
}

} // namespace Stasis
