// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Stasis
{

/// Why an engine call failed. Keeps the engine's own `message` when it sent one.
struct EngineError {
    enum class Kind {
        Unreachable, ///< No connection: socket missing, refused, permission denied, engine gone mid-call.
        Protocol, ///< The engine answered something that is not a valid reply.
        Timeout,
        Cancelled,
        BadRequest, ///< 400
        Forbidden, ///< 403
        NotFound, ///< 404
        Conflict, ///< 409
        NotModified, ///< 304: nothing to do (e.g. already running)
        NotImplemented, ///< 501: e.g. checkpoints without experimental mode
        ServerError, ///< 500 and other statuses
        Unsupported, ///< The engine's API is older than Stasis supports.
    };

    Kind kind = Kind::ServerError;
    int httpStatus = 0;
    /// The engine's `message`, or a description of the transport failure.
    QString message;

    static EngineError fromHttpStatus(int status, const QString &message);
    /// The error of a non-2xx answer: the engine's JSON `message`, else the
    /// body's text, else @p reasonPhrase.
    static EngineError fromAnswer(int status, const QByteArray &body, const QString &reasonPhrase);

    /// containerd's "content sha256:… already exists" (moby#42900): the same
    /// request usually succeeds when sent again a moment later.
    bool isTransientContentConflict() const;
    /// runc's "read init-p: connection reset by peer" when a container
    /// starts on a loaded host: its setup raced, and a second start works.
    bool isTransientRuntimeStart() const;

    /// One line for the user: what happened, and what to do where that is known.
    QString toString() const;

    /// Also lets EngineResult and std::optional<EngineError> travel in signals.
    bool operator==(const EngineError &) const = default;

    Q_DECLARE_TR_FUNCTIONS(Stasis::EngineError)
};

} // namespace Stasis

#include <expected>

namespace Stasis
{
/// The outcome of an engine call: a value, or what went wrong.
template<typename T>
using EngineResult = std::expected<T, EngineError>;
} // namespace Stasis
