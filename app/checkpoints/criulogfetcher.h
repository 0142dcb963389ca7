// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Reads a CRIU log the engine named in an error (it lies under the
/// engine's exec-root, owned by root) through a helper container that
/// bind-mounts the log's folder read-only. The helper is removed again.
class CriuLogFetcher final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CriuLogFetcher)

public:
    /// Larger logs are cut to their last maximumBytes.
    static constexpr qint64 maximumBytes = 1024 * 1024;

    /// The log at @p path on the engine host, read with a helper made from
    /// the image of @p container.
    static QFuture<EngineResult<QString>> fetch(EngineClient *client, const QString &container, const QString &path);
    /// The details for a job's error: the CRIU log the engine's message
    /// names (fetched, `Error` lines first) with advice, or the advice alone.
    static QFuture<QString> detailsFor(EngineClient *client, const QString &container, const EngineError &error, QObject *context);
};

} // namespace Stasis
