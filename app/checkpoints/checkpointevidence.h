// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stasis
{

/// What checkpoints and restores that failed taught about an engine: per
/// engine version and container option (CheckpointRisks::optionsOf), how
/// often a container with that option failed, at which stage and with which
/// error. Kept in QSettings (file "checkpoint-evidence" of the application's
/// organisation, "stasis" when it has none), so the window and stasisctl
/// share it.
class CheckpointEvidence final
{
public:
    /// The step that failed.
    static constexpr QLatin1StringView checkpointStage{"checkpoint"};
    static constexpr QLatin1StringView restoreStage{"restore"};

    struct Failure {
        int count = 0;
        /// The most significant error line of the last failure.
        QString error;
        /// The options the failing container had besides this one.
        QStringList otherOptions;
        QDateTime last; ///< UTC
    };

    /// Notes that @p stage failed on @p engineVersion for a container with
    /// @p options, with @p error; one entry per option.
    static void recordFailure(const QString &engineVersion, const QStringList &options, const QString &stage, const QString &error);
    /// What was recorded for @p option at @p stage on @p engineVersion.
    static std::optional<Failure> failure(const QString &engineVersion, const QString &option, const QString &stage);
    /// Forgets everything recorded (tests start from nothing).
    static void clear();
};

} // namespace Stasis
