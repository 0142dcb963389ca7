// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "helpercontainer.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <memory>

namespace Stasis
{

class EngineClient;
class HelperLease;

/// The helper containers one EngineClient has on its engine: it creates
/// them (as HelperLease), counts those alive, tells when none is, and
/// sweeps away the debris of a killed Stasis.
///
/// One registry per client, a child of the client. EngineSession creates it
/// with its client and hands it out (EngineSession::helpers()); code that is
/// handed only the client (the checkpoints layer, the jobs) finds the same
/// registry with of(), which also creates one for a client without a
/// session (stasisctl, tests). Whoever owns the client keeps it until
/// whenNoneLive() finished, or helpers would stay on the engine.
class HelperRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelperRegistry)

public:
    /// The registry of @p client, created on first use.
    static HelperRegistry *of(EngineClient *client);

    EngineClient *client() const
    {
        return m_client;
    }

    /// Creates a helper from @p spec (see HelperContainer::containerSpec()),
    /// loading Stasis's helper image first when the engine lacks it. A
    /// helper whose mounts are not the ones asked for is removed again and
    /// refused (see HelperContainer::mountDifference()). A helper for a
    /// named volume (HelperContainer::Spec::volume) fails as NotFound when
    /// the engine has no such volume, which it would otherwise create empty,
    /// and is refused when the volume it mounted is not the one that was there.
    QFuture<EngineResult<std::shared_ptr<HelperLease>>> create(const HelperContainer::Spec &spec);
    /// Creates a never-started helper with @p hostFolder at HelperContainer::mountPoint.
    QFuture<EngineResult<std::shared_ptr<HelperLease>>> create(const QString &hostFolder, bool readOnly = true);

    /// Helpers being created, or created and not removed yet.
    int liveCount() const
    {
        return m_creating + int(m_live.size());
    }
    /// Finishes once liveCount() is 0.
    QFuture<void> whenNoneLive();

    /// Removes the helpers (by label) whose name starts with @p prefix and
    /// that the engine created at least @p minimumAgeSeconds ago by its own
    /// clock, and that do not run: what a killed Stasis left behind. Returns
    /// how many it removed.
    QFuture<EngineResult<int>> sweep(qint64 minimumAgeSeconds = HelperContainer::debrisAgeSeconds,
                                     const QString &prefix = QString(HelperContainer::namePrefix));

private:
    friend class HelperLease;
    explicit HelperRegistry(EngineClient *client);

    using Created = EngineResult<std::shared_ptr<HelperLease>>;

    /// A helper for an existing named volume, the same one before and after.
    QFuture<Created> createForVolume(const HelperContainer::Spec &spec);
    /// @p lease, unless its volume is not the one created at @p createdAt.
    QFuture<Created> checkVolume(const HelperContainer::Spec &spec, const QString &createdAt, const std::shared_ptr<HelperLease> &lease);
    QFuture<Created> createContainer(const HelperContainer::Spec &spec, bool mayReloadImage);
    QFuture<Created> checkMounts(const HelperContainer::Spec &spec, const std::shared_ptr<HelperLease> &lease);
    /// Finishes once the engine has the image @p spec needs.
    QFuture<EngineResult<void>> imageFor(const HelperContainer::Spec &spec);
    void imageEnsured(const EngineResult<void> &ensured);
    QFuture<EngineResult<void>> remove(const QString &id);
    void notifyIfNoneLive();

    enum class ImageState {
        Unknown,
        Loading,
        Present,
    };

    EngineClient *m_client;
    int m_creating = 0;
    QSet<QString> m_live;
    QList<std::shared_ptr<QPromise<void>>> m_waiters;
    ImageState m_image = ImageState::Unknown;
    QList<std::shared_ptr<QPromise<EngineResult<void>>>> m_imageWaiters;
};

} // namespace Stasis
