// SPDX-License-Identifier: GPL-2.0-or-later
#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QToolTip>

namespace Stasis::PlainText
{

namespace
{

/// Answers a view's tool tip events itself: QToolTip guesses rich text from
/// the text's look (Qt::mightBeRichText), so the text goes escaped.
class PlainToolTips final : public QObject
{
public:
    explicit PlainToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport()) {
            return false;
        }
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), m_view->viewport(), m_view->visualRect(index));
        }
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QLabel *label(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QMessageBox *box(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    return box;
}

void showToolTipsPlain(QAbstractItemView *view)
{
    new PlainToolTips(view);
}

} // namespace Stasis::PlainText
