// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "produceddevice.h"

#include <memory>

class QTemporaryFile;

namespace Stasis
{

class BackgroundWork;

/// A file a SpoolFile wrote, as an upload body: read again from its start on
/// a BackgroundWork thread of its own, at the reader's pace. The file stays
/// the caller's; it must not be used elsewhere while the device reads it.
class SpooledFileDevice final : public ProducedDevice
{
    Q_OBJECT

public:
    /// @p what names the content in messages; @p size: the file's bytes.
    SpooledFileDevice(const QString &what, std::shared_ptr<QTemporaryFile> file, qint64 size, QObject *parent = nullptr);
    ~SpooledFileDevice() override;

private:
    void startProducing() override;
    QString name() const override;

    const QString m_what;
    std::shared_ptr<QTemporaryFile> m_file;
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace Stasis
