// SPDX-License-Identifier: GPL-2.0-or-later
// ExportDialog offline: the file it proposes, the format its name gives
// (tar.zst when it names none), what goes along (the file system by
// default, volumes and image when checked), that Export waits for a usable
// file, and that the folder and the choices are remembered.
#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;

class ExportDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_folder;

    static QPushButton *exportButton(ExportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid() && m_folder.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("exportdialogtest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
    }

    void proposesAFileAndCarriesTheFileSystem()
    {
        ExportDialog dialog(QStringLiteral("cp1"), QStringLiteral("web"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("file"))->text(), QDir(QDir::homePath()).filePath(QStringLiteral("web-cp1.tar.zst")));
        const ExportJob::Request request = dialog.request();
        QVERIFY(request.withFileSystem);
        QVERIFY(!request.withVolumes);
        QVERIFY(!request.withImage);
        QCOMPARE(request.format, ArchiveFormat::TarZstd);
        QVERIFY(exportButton(dialog)->isEnabled());
    }

    void theNameGivesTheFormat()
    {
        ExportDialog dialog(QStringLiteral("cp1"), QStringLiteral("web"));
        auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
        file->setText(m_folder.filePath(QStringLiteral("moved.zip")));
        QCOMPARE(dialog.request().format, ArchiveFormat::Zip);
        QCOMPARE(dialog.request().outputPath, m_folder.filePath(QStringLiteral("moved.zip")));
        file->setText(m_folder.filePath(QStringLiteral("moved")));
        QCOMPARE(dialog.request().format, ArchiveFormat::TarZstd);
        QCOMPARE(dialog.request().outputPath, m_folder.filePath(QStringLiteral("moved.tar.zst")));
    }

    void exportWaitsForAUsableFile()
    {
        ExportDialog dialog(QStringLiteral("cp1"), QStringLiteral("web"));
        auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
        file->clear();
        QVERIFY(!exportButton(dialog)->isEnabled());
        file->setText(m_folder.filePath(QStringLiteral("no/such/folder/x.tar.zst")));
        QVERIFY(!exportButton(dialog)->isEnabled());
        file->setText(m_folder.filePath(QStringLiteral("x.tar.zst")));
        QVERIFY(exportButton(dialog)->isEnabled());
    }

    void remembersTheFolderAndTheChoices()
    {
        {
            ExportDialog dialog(QStringLiteral("cp1"), QStringLiteral("web"));
            dialog.findChild<QLineEdit *>(QStringLiteral("file"))->setText(m_folder.filePath(QStringLiteral("first.tar.gz")));
            dialog.findChild<QCheckBox *>(QStringLiteral("withFileSystem"))->setChecked(false);
            dialog.findChild<QCheckBox *>(QStringLiteral("withVolumes"))->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("withImage"))->setChecked(true);
            const ExportJob::Request request = dialog.request();
            QVERIFY(!request.withFileSystem && request.withVolumes && request.withImage);
            QCOMPARE(request.format, ArchiveFormat::TarGzip);
            QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ExportDialog next(QStringLiteral("cp2"), QStringLiteral("db"));
        QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("file"))->text(), m_folder.filePath(QStringLiteral("db-cp2.tar.zst")));
        const ExportJob::Request request = next.request();
        QVERIFY(!request.withFileSystem && request.withVolumes && request.withImage);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "exportdialogtest.moc"
