// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointrisk.h"
#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>

class QJsonObject;
class QObject;

namespace Stasis
{

class EngineClient;

/// Which options of a container put a checkpoint (or its restore) at risk,
/// and how to warn about them — based on what engines answered, not on
/// documentation:
///
/// - Stasis's own measurements on Docker 26.1.5 with CRIU 4.1.1 (see
///   measuredFailure()): `--init` checkpoints but does not restore, a
///   non-root `User` does not checkpoint. A TTY, an open stdin, privileged,
///   seccomp unconfined and tmpfs mounts all worked there: no warning.
/// - Failures recorded on the connected engine (CheckpointEvidence), for
///   any of those options: CheckpointRisks::recordFailure() notes them when
///   a checkpoint or restore fails in CRIU.
class CheckpointRisks final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointRisks)

public:
    /// The engine version the built-in measurements were taken on.
    static constexpr QLatin1StringView measuredEngine{"26.1.5"};

    /// The options of a container's inspect data (`GET /containers/{id}/json`)
    /// worth watching: "tty", "open-stdin", "init", "privileged",
    /// "seccomp-unconfined", "tmpfs", "user".
    static QStringList optionsOf(const QJsonObject &inspect);
    /// What the option is, for a sentence: "has a terminal (TTY)".
    static QString describe(const QString &option);
    /// What to do about the option.
    static QString advice(const QString &option);
    /// The stage (CheckpointEvidence::checkpointStage or restoreStage) that
    /// failed in Stasis's measurements, with CRIU's error line; empty when it worked.
    static std::pair<QString, QString> measuredFailure(const QString &option);

    /// The warnings for a container with @p options on @p engineVersion.
    static QList<CheckpointRisk> risksFor(const QStringList &options, const QString &engineVersion);

    /// Inspects @p container and returns its warnings for the connected engine.
    static QFuture<EngineResult<QList<CheckpointRisk>>> assess(EngineClient *client, const QString &container, QObject *context);

    /// After a CRIU failure at @p stage: notes it for the engine's version and
    /// each option the container has. Finishes (never with an error) once
    /// written, or when there was nothing to note: not a CRIU failure, or
    /// the container is gone.
    static QFuture<void>
    recordFailure(EngineClient *client, const QString &container, const QString &stage, const EngineError &error, const QString &details, QObject *context);

    /// The CRIU error line that says most about a failure, from the job's
    /// details (CRIU's `Error` lines) or the engine's message.
    static QString significantError(const QString &details, const QString &engineMessage);
};

} // namespace Stasis
