// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivemanifest.h"
#include "freshtardevice.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

class QThread;

namespace Stasis
{

class BackgroundWork;

/// The FreshTarDevice source of an import: re-reads an archive that
/// ArchiveValidator accepted, on a BackgroundWork thread (decompression and
/// hashing never run on the GUI thread), and hands the device the manifest's
/// files under `checkpoint/` only. Every file is hashed again while it streams; an archive that
/// changed since validation fails the device, naming the file.
class ValidatedArchiveSource final : public FreshTarDevice::Source
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ValidatedArchiveSource)

public:
    ValidatedArchiveSource(const QString &archiveFileName, ArchiveFormat format, const ArchiveManifest &manifest, const ArchiveLimits &limits);
    /// Stops the worker and waits for it.
    ~ValidatedArchiveSource() override;

    /// A device producing the tar of @p manifest's files under @p topFolder.
    static std::unique_ptr<FreshTarDevice> device(const QString &archiveFileName,
                                                  ArchiveFormat format,
                                                  const ArchiveManifest &manifest,
                                                  const QString &topFolder,
                                                  const ArchiveLimits &limits,
                                                  QObject *parent = nullptr);

    void start(FreshTarDevice *device) override;

    /// The thread the archive was last decompressed and hashed on (null before), for tests.
    QThread *hashingThread() const
    {
        return m_hashingThread;
    }

private:
    void produce(FreshTarDevice *device);
    /// True for a file the manifest lists beside itself (not sent to the engine).
    bool isBesideManifest(const QString &path) const;

    QString m_archiveFileName;
    ArchiveFormat m_format;
    ArchiveManifest m_manifest;
    ArchiveLimits m_limits;
    std::atomic<QThread *> m_hashingThread = nullptr;
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace Stasis
