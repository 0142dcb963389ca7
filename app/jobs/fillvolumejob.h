// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "job.h"
#include "jobtarget.h"

#include <QPointer>

#include <expected>
#include <functional>
#include <memory>

namespace Stasis
{

class EngineExchange;
class HelperLease;
class ProducedDevice;

/// Creates a named volume and fills it from a tar of its content — an
/// archive's, which ArchiveValidator accepted, re-read and checked again as
/// it streams (ValidatedFileSystemDevice), or one a move captured from
/// another engine — through a helper that mounts an anonymous volume at
/// /mnt and the new volume at /mnt/volume, with `PUT …/archive` at /mnt, so
/// the volume's root gets its owner, mode and time like every entry under
/// it. A volume of that name on the engine is refused, or with
/// setReuseExisting() used as it is. Only the engine's `local` driver is
/// used: another driver's options could reach the host. Progress in bytes
/// sent. Killable; the volume it created stays for the caller to remove
/// (createdVolume()).
class FillVolumeJob final : public Job
{
    Q_OBJECT

public:
    /// Makes the upload body, open, a child of @p parent; or says why it cannot.
    using Body = std::function<std::expected<ProducedDevice *, QString>(QObject *parent)>;

    /// Fills @p volume (its name, driver and content size) from what @p body makes.
    FillVolumeJob(EngineClient *client, const ArchiveManifest::Volume &volume, Body body, QObject *parent = nullptr);
    /// The body of @p volume's tar in @p archive, which @p manifest describes.
    static Body fromArchive(const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest, const ArchiveManifest::Volume &volume);
    ~FillVolumeJob() override;

    void setReuseExisting(bool reuse)
    {
        m_reuseExisting = reuse;
    }
    /// The volume's name once this job created it, whether it then failed or not; empty otherwise.
    const QString &createdVolume() const
    {
        return m_createdVolume;
    }

protected:
    void run() override;
    bool doKill() override;

private:
    void create();
    void createHelper();
    void fill(const std::shared_ptr<HelperLease> &helper);
    void filled();
    /// Removes the helper, then emits the result.
    void finish();
    void fail(Error code, const QString &message, const EngineError &engineError = {});
    void stopUpload();

    EngineClient *m_client;
    ArchiveManifest::Volume m_volume;
    Body m_makeBody;
    bool m_reuseExisting = false;
    QString m_createdVolume;
    std::shared_ptr<HelperLease> m_helper;
    QPointer<ProducedDevice> m_body;
    QPointer<EngineExchange> m_upload;
};

} // namespace Stasis
