// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginetypes.h"
#include "job.h"
#include "spooledcapture.h"

#include <QPointer>

#include <memory>

namespace Stasis
{

class BackgroundWork;
class EngineClient;
class FileSystemApplier;
class FileSystemCapture;
class SpooledFileDevice;

/// Copies a container's file system changes into another container, created
/// and never started (a clone, or a container moved from another engine): read as an export
/// reads them (FileSystemCapture) into a private temporary file, then
/// written as an import writes them (FileSystemApplier), deletions first.
/// Progress in bytes: the tar read, then the tar sent. Killable; what was
/// written before the kill stays.
class CopyFileSystemJob final : public Job
{
    Q_OBJECT

public:
    /// From @p source on @p sourceClient into @p target on @p targetClient (the same engine or another).
    CopyFileSystemJob(EngineClient *sourceClient, const QString &source, EngineClient *targetClient, const QString &target, QObject *parent = nullptr);
    ~CopyFileSystemJob() override;

protected:
    void run() override;
    bool doKill() override;

private:
    void capture(const ContainerDetails &source);
    void apply(const QStringList &deleted, const SpooledCapture::File &tar);
    void applied(bool ok);
    void fail(Error code, const QString &message, const EngineError &engineError = {});
    /// Stops what runs and lets the temporary file go on its worker.
    void stop();

    EngineClient *m_sourceClient;
    EngineClient *m_targetClient;
    QString m_source;
    QString m_target;
    std::unique_ptr<BackgroundWork> m_work;
    QPointer<FileSystemCapture> m_capture;
    std::shared_ptr<QTemporaryFile> m_tar;
    QPointer<SpooledFileDevice> m_body;
    QPointer<FileSystemApplier> m_applier;
};

} // namespace Stasis
