// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

class QObject;

namespace Stasis
{

/// What connecting to an engine's Unix socket showed, before any HTTP.
struct SocketProbeResult {
    enum class Outcome {
        Reachable,
        NoSocket, ///< nothing at that path
        PermissionDenied, ///< the socket exists but this user may not connect
        Refused, ///< the socket exists but nobody listens
        Failed, ///< anything else (time-out, not a socket, ...)
    };
    Outcome outcome = Outcome::Failed;
    /// What happened and what to do, for the user.
    QString message;
};

/// Tells apart the ways a Unix socket can be unreachable (QLocalSocket reports
/// them directly, HTTP does not).
class SocketProbe
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::SocketProbe)

public:
    /// Connects to @p socketPath once; the socket lives as a child of @p context.
    static QFuture<SocketProbeResult> probe(const QString &socketPath, QObject *context);
};

} // namespace Stasis
