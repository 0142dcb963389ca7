// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginecapabilities.h"
#include "enginetypes.h"
#include "job.h"

#include <functional>

namespace Stasis
{

class EngineClient;

/// What a move between two engines would meet, found before anything is
/// frozen: both engines side by side, what the target lacks (and so travels
/// along), and the reasons the move cannot work or might not.
struct MovePreflight {
    /// One engine as the move sees it.
    struct Side {
        QString engine; ///< its address, as shown
        EngineCapabilities capabilities;
    };
    struct Finding {
        enum class Severity {
            /// The move cannot work: it is refused before anything is frozen.
            Refusal,
            /// The move may fail or lose something; it may still be tried.
            Warning,
        };
        Severity severity;
        QString text;
    };

    Side source;
    Side target;
    /// The container's id and name on the source.
    QString containerId;
    QString containerName;
    /// It runs (not paused): the move has to stop it.
    bool containerRunning = false;
    /// Its image as created from (a tag or an id) and the image's id.
    QString image;
    QString imageId;
    /// The target has an image of that id: it need not travel.
    bool imageOnTarget = false;
    /// Named volumes the target lacks: they travel with the container.
    QStringList volumesToCarry;
    QList<Finding> findings;

    /// No refusal among the findings.
    bool canMove() const;
    /// The refusals, one per line; empty when the move can go.
    QString refusals() const;
    /// Plain text for a terminal: the engines side by side, what travels,
    /// then each finding on its own line.
    QString report() const;
    /// Why a container of @p networkMode will likely fail to restore on an
    /// engine of @p engineVersion; empty when nothing is known against it.
    static QString brokenNetworkRestore(const QString &engineVersion, const QString &networkMode);

    Q_DECLARE_TR_FUNCTIONS(Stasis::MovePreflight)
};

/// Checks, without changing anything on either engine, whether a container
/// can move from one engine to another: both reachable and able to
/// checkpoint, the same CPU architecture, the target's kernel not older, the
/// container running (or the named checkpoint there), its image on the
/// target or on the source to carry, the name free on the target, its named
/// volumes absent there (they are carried) and its binds named (the target
/// host must have them), and Docker 28 and 29's broken restore of a network
/// namespace. The job succeeds when the checks could be made, whatever they
/// found: preflight() says whether the move can go.
class MovePreflightJob final : public Job
{
    Q_OBJECT

public:
    struct Request {
        /// On the source engine: name or id.
        QString container;
        /// The container's name on the target; its name on the source when empty.
        QString targetName;
        /// A checkpoint of the container to move from; empty: one taken by the move.
        QString checkpoint;
    };

    MovePreflightJob(EngineClient *source, EngineClient *target, const Request &request, QObject *parent = nullptr);

    /// Complete once the job succeeded.
    const MovePreflight &preflight() const
    {
        return m_preflight;
    }

protected:
    void run() override;

private:
    using Step = std::function<void()>;

    /// Runs the next step, or emits the result after the last.
    void next();
    void refuse(const QString &text);
    void warn(const QString &text);

    void readEngine(EngineClient *client, MovePreflight::Side *side);
    void inspectContainer();
    void checkCheckpoint();
    void compareEngines();
    void checkImage();
    void checkName();
    void checkVolume(const QString &volume);
    void checkNetworkRestore();

    EngineClient *m_source;
    EngineClient *m_target;
    Request m_request;
    MovePreflight m_preflight;
    ContainerDetails m_container;
    QList<Step> m_steps;
    qulonglong m_stepsDone = 0;
};

} // namespace Stasis
