"""Templates and the Vietnamese labels pages use."""

from pathlib import Path

from fastapi.templating import Jinja2Templates

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

STATUS_LABELS = {
    "not_started": "Chưa đến thời gian thực hiện", "in_progress": "Đang thực hiện", "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn", "done_on_time": "Hoàn thành đúng hạn", "done_late": "Hoàn thành trễ hạn",
    "cancelled": "Đã hủy",
}
KIND_LABELS = {"ke-hoach": "Kế hoạch", "cong-van": "Công văn", "chi-thi": "Chỉ thị", "quyet-dinh": "Quyết định",
               "other": "Văn bản"}


def days_text(days_left: int, status: str) -> str:
    """"còn 3 ngày" / "quá hạn 2 ngày" for open tasks, nothing for closed ones."""
    if status in ("done_on_time", "done_late", "cancelled"):
        return ""
    if days_left > 0:
        return f"còn {days_left} ngày"
    return "hạn là hôm nay" if days_left == 0 else f"quá hạn {-days_left} ngày"
ACTION_LABELS = {"task.done": "Báo cáo hoàn thành", "task.extend": "Gia hạn", "task.return": "Trả lại báo cáo",
                 "task.cancel": "Hủy nhiệm vụ"}
