// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "enginetypes.h"
#include "fillvolumejob.h"
#include "job.h"

#include <QPointer>

#include <memory>

class QTemporaryFile;

namespace Stasis
{

class BackgroundWork;
class EngineClient;
class VolumeCapture;

/// A named volume's tar in a private temporary file, as a move carries it to
/// another engine; the file goes on the thread that wrote it.
class VolumeSpool final
{
public:
    VolumeSpool(std::unique_ptr<BackgroundWork> work, std::shared_ptr<QTemporaryFile> file, qint64 size, const ArchiveManifest::Volume &volume);
    ~VolumeSpool();
    Q_DISABLE_COPY_MOVE(VolumeSpool)

    /// The volume: its name, driver, entries and content size.
    const ArchiveManifest::Volume &volume() const
    {
        return m_volume;
    }
    /// FillVolumeJob's body: the file, read again from its start.
    static FillVolumeJob::Body body(const std::shared_ptr<VolumeSpool> &spool);

private:
    std::unique_ptr<BackgroundWork> m_work;
    std::shared_ptr<QTemporaryFile> m_file;
    qint64 m_size;
    ArchiveManifest::Volume m_volume;
};

/// Reads the named volume @p volume of a (stopped) container the way an
/// export reads it (VolumeCapture: through the container, owners, modes,
/// times and links kept) into a VolumeSpool. Progress in bytes read.
/// Killable.
class CaptureVolumeJob final : public Job
{
    Q_OBJECT

public:
    CaptureVolumeJob(EngineClient *client, const QString &container, const QString &volume, QObject *parent = nullptr);
    ~CaptureVolumeJob() override;

    /// After success.
    const std::shared_ptr<VolumeSpool> &spool() const
    {
        return m_spool;
    }

protected:
    void run() override;
    bool doKill() override;

private:
    void capture(const ContainerDetails &container, const MountPoint &mount);

    EngineClient *m_client;
    QString m_container;
    QString m_volume;
    std::unique_ptr<BackgroundWork> m_work;
    QPointer<VolumeCapture> m_capture;
    std::shared_ptr<VolumeSpool> m_spool;
};

} // namespace Stasis
