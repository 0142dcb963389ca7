// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointdialog.h"

#include "checkpointname.h"
#include "plaintext.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace Stasis
{

CheckpointDialog::CheckpointDialog(const QStringList &containerNames, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(suggestedName(), this))
    , m_problem(PlainText::label(this))
    , m_risks(PlainText::label(this))
    , m_leaveRunning(new QCheckBox(tr("&Leave the container running"), this))
    , m_directory(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Checkpoint %1").arg(containerNames.join(QStringLiteral(", "))));
    m_name->setObjectName(QStringLiteral("name"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(warning);
    m_risks->setObjectName(QStringLiteral("risks"));
    m_risks->setWordWrap(true);
    m_risks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_risks->setAutoFillBackground(true);
    m_risks->setMargin(6);
    QPalette caution = m_risks->palette();
    caution.setColor(QPalette::Window, QColor(0xff, 0xe0, 0xb2));
    caution.setColor(QPalette::WindowText, Qt::black);
    m_risks->setPalette(caution);
    m_risks->setVisible(false);
    m_leaveRunning->setToolTip(tr("Without this, the container stops once its state is saved."));
    m_directory->setPlaceholderText(tr("the engine's default folder"));
    m_directory->setToolTip(tr("A folder on the engine's host. The engine cannot restore from a custom folder directly."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Checkpoint"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    form->addRow(m_risks);
    form->addRow(QString(), m_leaveRunning);
    form->addRow(tr("&Folder:"), m_directory);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CheckpointDialog::validate);
    validate();
}

QString CheckpointDialog::suggestedName()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

CheckpointOptions CheckpointDialog::options() const
{
    return CheckpointOptions{m_name->text(), m_leaveRunning->isChecked(), m_directory->text().trimmed()};
}

void CheckpointDialog::setRisks(const QString &containerName, const QList<CheckpointRisk> &risks)
{
    const auto existing = std::ranges::find_if(m_riskList, [&containerName](const auto &entry) {
        return entry.first == containerName;
    });
    if (existing != m_riskList.end()) {
        existing->second = risks;
    } else {
        m_riskList.append({containerName, risks});
    }
    showRisks();
}

QString CheckpointDialog::risksText() const
{
    return m_risks->text();
}

void CheckpointDialog::showRisks()
{
    QStringList paragraphs;
    for (const auto &[name, risks] : std::as_const(m_riskList)) {
        for (const CheckpointRisk &risk : risks) {
            paragraphs.append(tr("⚠ %1: %2").arg(name, risk.warning));
        }
    }
    if (!paragraphs.isEmpty()) {
        paragraphs.append(tr("You can still try: if it fails, the job's error details show CRIU's own lines."));
    }
    m_risks->setText(paragraphs.join(QStringLiteral("\n\n")));
    m_risks->setVisible(!paragraphs.isEmpty());
    adjustSize();
    Q_EMIT risksChanged();
}

void CheckpointDialog::validate()
{
    const QString problem = CheckpointName::problem(m_name->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Stasis
