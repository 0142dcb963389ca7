// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointinfo.h"
#include "engineerror.h"

#include <QObject>
#include <QPointer>

#include <map>

namespace Stasis
{

class EngineClient;

/// Lists containers' checkpoints through CheckpointCatalog, one listing at a
/// time per container: asked again while one runs, it lists once more after
/// it (in the folder asked for last), however often it was asked meanwhile.
/// Events come in bursts (a checkpoint that stops its container: checkpoint,
/// die), and every listing creates and removes a helper container.
class CheckpointLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointLister)

public:
    explicit CheckpointLister(QObject *parent = nullptr);

    /// Lists with @p client from now on; listings of the previous client
    /// still under way are forgotten: their answers are not reported, and
    /// dropped() tells when each ended.
    void setClient(EngineClient *client);

    /// Lists the checkpoints of @p container (name or id) in @p folder (an
    /// engine host path; empty: the container's default folder).
    void list(const QString &container, const QString &folder = {});

    /// Whether a listing of @p container is under way.
    bool isListing(const QString &container) const;

Q_SIGNALS:
    /// A listing of @p container in @p folder ended.
    void listed(const QString &container, const QString &folder, const Stasis::EngineResult<QList<Stasis::CheckpointInfo>> &checkpoints);
    /// A listing that setClient() forgot ended, answered or abandoned as its
    /// client went; its answer is not reported. Nothing of a former engine
    /// is on its way once every such listing was dropped.
    void dropped(const QString &container, const QString &folder);

private:
    struct Listing {
        bool again = false;
        QString folder;
    };

    void start(const QString &container, const QString &folder);

    QPointer<EngineClient> m_client;
    std::map<QString, Listing> m_listings;
    /// Bumped by setClient(): answers of an older generation are dropped.
    quint64 m_generation = 0;
};

} // namespace Stasis
