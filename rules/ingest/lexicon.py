"""How documents name agencies: department names, organisation heads, administrative units, collective
names. Every pattern is written against folded text (lower case, tone marks unified)."""

# Administrative units that follow a head: "UBND tỉnh", "Công an các huyện, thị xã, thành phố", "UBND cấp xã".
# "đặc khu": the special zones of the 2025 reform sit beside "xã, phường" ("UBND các xã, phường, đặc khu").
UNIT = (r"(?:thành phố|tp\.?|thị xã|tx\.?|thị trấn|huyện|quận|xã|phường|đặc khu|tỉnh|thành|thị|"
        r"cấp tỉnh|cấp huyện|cấp xã|cấp cơ sở|cơ sở|các cấp|trung ương|địa phương)")
# "UBND 2 tỉnh trên": a count of units named just before stands for them.
_COUNTED = r"(?:\d{1,2}|hai|ba|bốn|năm)\s+(?:tỉnh|huyện|xã|thành phố|quận)(?:\s+(?:nêu\s+)?trên(?!\s+(?:địa bàn|cơ sở|toàn)))?"
# "các địa phương này", "UBND các tỉnh, thành phố nêu trên": a pointer to bodies named before is part of the name.
POINTER = r"(?:\s+(?:này|nêu trên|kể trên|nói trên|trên(?!\s+(?:địa bàn|cơ sở|toàn|đây|mạng))|đó)(?![\w]))"
UNITS = (rf"(?:{_COUNTED}(?![\w])|"
         rf"(?:(?:các|cấp)\s+)?{UNIT}(?![\w])(?!\s+(?:hội|đoàn|ủy)(?![\w]))"
         # ("UBND cấp xã thành lập": a bare "thành" or "thị" is a unit only after a comma, "huyện, thành, thị")
         rf"(?:(?:\s*(?:,|và|/|-)\s*|\s+(?!thành(?!\s+phố)|thị(?!\s+(?:xã|trấn))))(?:các\s+)?{UNIT}(?![\w])"
         r"(?!\s+(?:hội|đoàn|ủy)(?![\w])))*"
         r"(?:\s+trực thuộc trung ương|\s+(?:ven biển|miền núi|biên giới|vùng cao|trọng điểm|có liên quan|liên quan|"
         rf"vùng dân tộc thiểu số(?:\s+và miền núi)?))?{POINTER}?)")
# Units after which a proper name may follow: "huyện Cái Bè", "tỉnh Tiền Giang", "quận 1".
LOCAL_UNIT = r"(?:thành phố|tp\.?|thị xã|tx\.?|thị trấn|huyện|quận|xã|phường|đặc khu)"
NAMED_UNIT = rf"(?:{LOCAL_UNIT}|tỉnh)$"

# The provinces and centrally-run cities (before and after the 2025 mergers): "Công an huyện Nông Sơn, Quảng Nam"
# names the district's province, not a second district.
PROVINCE = (r"(?:an giang|bà rịa\s*-\s*vũng tàu|bắc giang|bắc kạn|bạc liêu|bắc ninh|bến tre|bình định|bình dương|"
            r"bình phước|bình thuận|cà mau|cần thơ|cao bằng|đà nẵng|đắk lắk|đắk nông|điện biên|đồng nai|đồng tháp|"
            r"gia lai|hà giang|hà nam|hà nội|hà tĩnh|hải dương|hải phòng|hậu giang|hòa bình|hưng yên|khánh hòa|"
            r"kiên giang|kon tum|lai châu|lâm đồng|lạng sơn|lào cai|long an|nam định|nghệ an|ninh bình|ninh thuận|"
            r"phú thọ|phú yên|quảng bình|quảng nam|quảng ngãi|quảng ninh|quảng trị|sóc trăng|sơn la|tây ninh|"
            r"thái bình|thái nguyên|thanh hóa|thừa thiên\s*-?\s*huế|huế|tiền giang|(?:tp\.?\s*|thành phố\s+)?hồ chí minh|"
            r"trà vinh|tuyên quang|vĩnh long|vĩnh phúc|yên bái)(?![\w])")

# Between the letters of an abbreviation: "KH&ĐT", "KH-ĐT", "KHĐT", "LĐ-TB&XH", "VH-TT-DL", "VHTT&DL".
_S = r"\s*[-–&,]?\s*"
# Department names, as "Sở ..." (province) or "Phòng ..." (district, and commune since 2025) or "Bộ ..." (ministry)
# spell them. A longer name comes before the shorter one it starts with ("tài chính - kế hoạch", "tài chính"):
# the first alternative that matches wins.
DEPARTMENTS = (
    r"tài chính\s*[-–]\s*kế hoạch", r"kinh tế\s*(?:,|-|–)\s*hạ tầng và đô thị", r"kinh tế và hạ tầng|kinh tế\s*-\s*hạ tầng",
    r"văn hóa\s*[-–]\s*xã hội",
    r"nội vụ", r"tư pháp", rf"kế hoạch và đầu tư|kh{_S}đt", r"tài chính", r"công thương",
    rf"nông nghiệp và phát triển nông thôn|nông nghiệp\s*(?:và|&)\s*ptnt|nn{_S}ptnt", rf"nông nghiệp và môi trường|nn{_S}mt",
    rf"giao thông vận tải|giao thông - vận tải|gt{_S}vt", r"xây dựng", rf"tài nguyên và môi trường|tn{_S}mt",
    rf"thông tin và truyền thông|tt{_S}tt",
    rf"lao động\s*[-–,]?\s*thương binh và xã hội|lđ{_S}tb{_S}xh",
    r"văn hóa\s*[-–,]?\s*thể thao và du lịch|văn hóa\s*,\s*thể thao\s*(?:,|và)\s*du lịch|"
    rf"vh{_S}tt{_S}dl",
    # "Sở Văn hóa, Thông tin, Thể thao và Du lịch" (a few provinces joined the four).
    rf"văn hóa\s*,\s*thông tin\s*,\s*thể thao và du lịch|văn hóa và thể thao|văn hóa\s*[-–,]\s*thể thao|vh{_S}tt",
    r"văn hóa\s*(?:,|và)\s*thông tin",
    r"văn hóa\s*,\s*khoa học và thông tin", r"du lịch",
    rf"khoa học và công nghệ|kh{_S}cn", rf"giáo dục\s*(?:và|[-–])\s*đào tạo|gd{_S}đt", r"y tế",
    r"ngoại vụ", rf"dân tộc và tôn giáo|dt{_S}tg", r"quy hoạch\s*[-–]\s*kiến trúc", r"an toàn thực phẩm",
    r"công an", r"quốc phòng", r"ngoại giao", r"giáo dục", r"văn hóa", r"lao động", r"kinh tế", r"quản lý đô thị",
)
DEPARTMENT = "(?:" + "|".join(f"(?:{name})" for name in DEPARTMENTS) + ")"

# Heads of agency names and whether an administrative unit follows: never (0), maybe (1) or always (2:
# "Công an" alone is the police force, "Công an tỉnh" an agency). Longest forms first within a head.
HEADS: tuple[tuple[str, int], ...] = (
    (r"ủy ban nhân dân|ubnd|ub nhân dân", 2),
    (r"(?:thường trực\s+)?(?:hội đồng nhân dân|hđnd)", 2),
    (r"(?:ban thường trực\s+)?(?:ủy ban\s+(?:mặt trận tổ quốc|mttq)(?:\s+việt nam|\s+vn)?|ub\.?\s*mttq(?:vn)?(?:\s+việt nam)?|"
     r"mặt trận tổ quốc(?:\s+việt nam)?)", 1),
    # "Ban Nhân dân các thôn, tổ dân phố": the hamlets' own boards.
    (r"ban nhân dân\s+(?:các\s+)?(?:thôn|ấp|bản|buôn|làng|tổ dân phố|khu phố|khóm)"
     r"(?:\s*(?:,|và)\s*(?:thôn|ấp|bản|buôn|làng|tổ dân phố|khu phố|khóm))*", 0),
    (rf"sở\s+{DEPARTMENT}", 1),
    (rf"phòng\s+{DEPARTMENT}", 1),
    (rf"bộ\s+{DEPARTMENT}", 0),
    (r"công an", 2),
    (r"hội liên hiệp phụ nữ(?:\s+việt nam)?|hội lhpn", 1),
    (r"hội nông dân(?:\s+việt nam)?", 1),
    (r"hội cựu chiến binh(?:\s+việt nam)?|hội ccb", 1),
    (r"hội chữ thập đỏ", 1), (r"hội luật gia", 1), (r"hội người cao tuổi", 1), (r"hội khuyến học", 1),
    (r"hội nạn nhân chất độc da cam(?:/dioxin)?", 1), (r"hội cựu thanh niên xung phong", 1),
    (r"liên đoàn lao động|lđlđ", 1), (r"liên minh hợp tác xã", 1),
    (r"đoàn thanh niên cộng sản hồ chí minh|đoàn tncs hồ chí minh|đoàn tncs hcm|đoàn thanh niên", 1),
    (r"(?:tỉnh|thành|huyện) đoàn", 0),
    (r"đoàn đại biểu quốc hội(?:\s+(?:và\s+)?(?:hội đồng nhân dân|hđnd))?|đoàn đbqh(?:\s+(?:và\s+)?hđnd)?", 1),
    (r"viện kiểm sát nhân dân|vksnd", 1), (r"tòa án nhân dân|tand", 1),
    (r"bộ chỉ huy bộ đội biên phòng|bộ chỉ huy bđbp|bch\s*bđbp|bộ đội biên phòng|bđbp", 1),
    (r"bộ chỉ huy quân sự|bộ chqs|bchqs|bch\s*quân sự|ban chỉ huy quân sự", 1),
    (r"đài phát thanh(?:\s*(?:và|,|-)\s*|\s+)truyền hình|đài pt\s*[-&]\s*th|đài ptth|đài truyền thanh(?:\s*-\s*truyền hình)?|"
     r"đài truyền hình", 1),
    (r"văn phòng (?:(?:hội đồng nhân dân|hđnd)\s*(?:-|–|và|&)\s*(?:ủy ban nhân dân|ubnd)|ủy ban nhân dân|ubnd|"
     r"hội đồng nhân dân|hđnd|"
     # "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh": the merged office of the three
     r"(?:đoàn đại biểu quốc hội|đoàn đbqh)\s*(?:,|và)\s*(?:hội đồng nhân dân|hđnd)(?:\s*(?:,|và)\s*(?:ủy ban nhân dân|ubnd))?)",
     1),
    (r"văn phòng (?:tỉnh|thành|huyện) ủy", 0),
    # "Trung tâm Văn hóa, Thể thao & Truyền thông huyện", "Trung tâm Văn hóa - Thông tin và Thể thao".
    (r"trung tâm văn hóa(?:\s*(?:,|-|–|và|&)\s*(?:thông tin|thể thao|truyền thông|du lịch|truyền thanh|truyền hình|"
     r"khoa học|điện ảnh)(?![\w])){1,3}", 1),
    (r"trung tâm (?:phục vụ\s+)?hành chính công", 1),
    (r"quỹ phòng,?\s*chống thiên tai", 1),
    (r"hội đồng (?:nghĩa vụ quân sự|nvqs)", 1), (r"hội đồng (?:thi đua\s*[-–,]?\s*khen thưởng|tđkt)", 1),
    (r"thanh tra", 2), (rf"thanh tra (?:bộ|sở)(?:\s+{DEPARTMENT})?", 0), (r"(?:đội\s+)?thanh tra xây dựng", 1),
    (r"kho bạc nhà nước", 1), (r"bảo hiểm xã hội|bhxh", 1),
    (r"cục thuế", 1), (r"cục thống kê|chi cục thống kê", 1), (r"cục hải quan", 1),
    (r"cục quản lý thị trường", 1),
    (r"ngân hàng nhà nước(?:\s+việt nam)?(?:\s+chi nhánh)?", 1),
    (r"ngân hàng chính sách xã hội(?:\s+chi nhánh)?", 1),
    (r"ban dân tộc", 1), (r"ban tôn giáo", 1), (r"ban thi đua(?:\s*[-–,]\s*|\s+)khen thưởng", 1),
    (r"trường chính trị", 1),
    # "Ban tổ chức (lễ hội)": the committee running an event; "Ban Tổ chức Tỉnh ủy" is below.
    (r"ban tổ chức(?!\s+(?:tỉnh|thành|huyện) ủy)(?:\s+(?:lễ hội|đại hội|giải|hội thi|cuộc thi|hội diễn|hội chợ|chương trình|"
     r"sự kiện|lễ kỷ niệm|lễ))?", 0),
    (r"(?:ban quản lý|bql) (?:các\s+)?(?:khu công nghiệp|kcn|khu kinh tế|kkt)", 1),
    (r"ban (?:tuyên giáo|dân vận|nội chính|tổ chức|tuyên giáo và dân vận) (?:tỉnh|thành|huyện) ủy", 0),
    (r"(?:ban thường vụ\s+)?(?:tỉnh|thành|huyện) ủy", 0),
    (r"(?:ban thường vụ\s+)?đảng ủy", 1),
    (r"ủy ban kiểm tra (?:tỉnh|thành|huyện) ủy", 0),
    (r"bưu điện", 1), (r"điện lực", 1), (r"vnpt|viettel|mobifone|vinaphone", 1), (r"cổng thông tin điện tử", 1),
    # "Ban Quản lý Khu di tích lịch sử - văn hóa đền Trần, chùa Tháp": a heritage site, or the board that runs it.
    (r"(?:ban (?:quản lý|ql)\s+(?:các\s+)?)?(?:khu\s+)?di tích(?:\s+lịch sử)?(?:\s*[-–]?\s*văn hóa)?"
     r"(?:\s+quốc gia(?:\s+đặc biệt)?)?(?:\s+(?:đền|chùa|đình|nhà|lăng))?", 1),
    (r"(?:tổ|đoàn|ban) (?:công tác|giúp việc|kiểm tra|thẩm định|liên ngành|chuyên trách)(?:\s+liên ngành)?", 1),
    (r"(?:thường trực\s+)?(?:ban an toàn giao thông|ban atgt)", 1),
    (r"ban chỉ huy (?:phòng,?\s*chống thiên tai(?:\s+và\s+tìm kiếm cứu nạn)?|pctt\s*(?:và|&)\s*tkcn|pctt|"
     r"phòng thủ dân sự|quân sự)", 1),
)

# Heads whose name continues with words of the document ("Trung tâm Kiểm soát bệnh tật tỉnh",
# "Cục Quản lý xuất nhập cảnh"); used when no pattern above names the agency.
# ("BAN HÀNH QUY CHẾ ...", "ỦY\nBAN NHÂN DÂN": no board)
GENERIC_HEADS = (r"(?:sở|cục(?!\s+trưởng)|chi cục(?!\s+trưởng)|chi nhánh|trung tâm|trạm|ban(?!\s+(?:hành|nhân dân))|"
                 r"phòng|hội|viện|trường|đội(?!\s+ngũ)|hạt|"
                 # ("Vụ Kế hoạch – Tài chính": a ministry's department; not a crop season, a case, a head of department)
                 r"văn phòng|bộ|tổng cục|vụ(?!\s+(?:đông|xuân|hè|thu|mùa|lúa|việc|án|trưởng|phó))|"
                 r"tổng công ty|công ty|"
                 r"tập đoàn|báo|tạp chí|đài|thông tấn xã|viễn thông|bưu điện|điện lực|bệnh viện|học viện|ngân hàng|"
                 r"kho bạc|cảng vụ|liên minh|liên hiệp|ủy ban|hội đồng|vườn quốc gia|khu bảo tồn|bảo tàng|thư viện|"
                 r"nhà hát|nhà văn hóa)")

# Collective names documents address work to, written in lower case in running text: a list of
# collective nouns ("các sở, ban, ngành", "các cơ quan, đơn vị, địa phương", "các bộ, cơ quan ngang bộ"),
# or one such noun with a qualifier ("các đơn vị liên quan", "cơ quan chức năng trên địa bàn").
# "các tổ chức tín dụng", "các doanh nghiệp viễn thông": the sector a collective works in is part of its name.
SECTOR = (r"chủ rừng|di tích(?:\s+lịch sử)?(?:\s*[-–]?\s*văn hóa)?|thủy lợi|tín dụng|du lịch|vận tải|bảo hiểm|"
          r"ngân hàng|viễn thông|bưu chính|thủy sản|lâm nghiệp|"
           r"nông nghiệp|công nghiệp|thương mại|dịch vụ|khoa học và công nghệ|kinh tế|y tế|giáo dục|báo chí")
_NOUN = (r"(?:cơ quan ngang bộ|cơ quan ngang sở|cơ quan thuộc chính phủ|"
         r"cơ quan|công sở|cá nhân|đơn vị(?!\s+(?:lực lượng|hành chính))|địa phương|"
         rf"(?:tổ chức|doanh nghiệp|đơn vị|cơ sở)\s+(?:{SECTOR})(?![\w])|"
         r"(?:tổ chức|đoàn thể)(?:\s+(?:đoàn thể|chính trị\s*[-–]?\s*xã hội|xã hội))?|doanh nghiệp|"
         # ("các địa phương, ngành nông nghiệp": a sector's bodies named apart, not one more kind of the list)
         rf"ngành(?!\s+(?:{SECTOR})(?![\w]))|cấp|bệnh viện|trường học|hợp tác xã|thôn|tổ dân phố|khu phố|ấp|khóm|buôn|"
         rf"(?:sở|ban|bộ|hội|phòng)(?!\s+(?:{DEPARTMENT}|chỉ đạo|chỉ huy|quản lý|thi đua|dân tộc|tôn giáo|tuyên giáo|"
         r"dân vận|nội chính|liên hiệp|nông dân|cựu chiến binh|chữ thập đỏ|luật gia|phận|hành|nhân dân)(?![\w]))|"
         r"trung tâm(?=\s*(?:,|và|thuộc|trực thuộc)))(?![\w])")
_QUALIFIER = (r"(?:\s+khác(?![\w])|\s+còn lại(?![\w])|\s+trên (?:cả|toàn) (?:nước|quốc)(?![\w])|"
              r"\s+(?:ven biển|biên giới|miền núi|vùng cao)(?![\w])|"
              r"\s+(?:có\s+)?liên quan|\s+chức năng|\s+chuyên môn(?![\w])|\s+cấp\s+(?:tỉnh|huyện|xã|cơ sở)(?![\w])|\s+các cấp|"
              r"\s+thành viên(?!\s+(?:ban|ủy ban|hội đồng))|"
              r"\s+có vốn (?:của\s+)?nhà nước|\s+(?:trực\s+)?thuộc (?:ủy ban nhân dân|ubnd) (?:tỉnh|thành phố|huyện)|"
              r"\s+(?:trực\s+)?thuộc (?:bộ|sở|ngành|tổng cục|cục)(?![\w])|\s+trực thuộc|"
              # ("các đơn vị thuộc, trực thuộc Bộ": the units under it and attached to it)
              r"\s+thuộc\s*,\s*trực thuộc (?:bộ|sở|ngành|tổng cục|cục|ủy ban nhân dân|ubnd)"
              r"(?:\s+(?:tỉnh|thành phố|huyện))?(?![\w])|"
              r"\s+(?:trực\s+)?thuộc (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\w])|"
              r"\s+thuộc (?:địa bàn|quyền) quản lý|\s+lân cận|\s+giáp ranh|\s+tại địa phương|"
              r"\s+trong (?:tỉnh|thành phố|huyện|xã|phường)(?![\w])|"
              r"\s+(?:(?:đóng|hoạt động)\s+)?trên địa bàn(?:\s+(?:toàn\s+)?(?:tỉnh|thành phố|huyện|xã|phường))?|"
              r"\s+của (?:tỉnh|thành phố|tp\.?|huyện)(?![\w])|\s+(?:tỉnh|thành phố|trung ương|huyện|thị xã|xã|phường)(?![\w])|"
              rf"{POINTER})")
_SCHOOL_LEVEL = r"(?:đại học|cao đẳng|trung cấp|trung học phổ thông|trung học cơ sở|thpt|thcs|tiểu học|mầm non)"
_CENTRE_KIND = r"(?:giáo dục nghề nghiệp\s*[-–]\s*giáo dục thường xuyên|gdnn\s*[-–]\s*gdtx|giáo dục thường xuyên)"
GROUPS = (
    rf"các\s+(?:sở|phòng)\s+{DEPARTMENT}(?:\s+(?:các\s+)?(?:tỉnh|thành phố|huyện|quận)(?:\s*,\s*(?:thành phố|thị xã|quận))*)?"
    rf"{_QUALIFIER}*",
    # ("các sở, ban, ngành, huyện, thị xã, thành phố trong tỉnh": the districts listed on, by their kind)
    # ("các cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan": households listed among the bodies, not opening the
    # list nor added last by "và": "Các cơ quan, đơn vị, công sở và hộ gia đình treo cờ" puts the public beside them)
    rf"(?:các\s+)?{_NOUN}(?:(?:\s+(?:tỉnh|thành phố|huyện)(?=\s*(?:,|và)))?(?:\s*(?:,|và|/)\s*(?:các\s+)?{_NOUN}|"
    r"\s*,\s*hộ gia đình)|"
    r"\s+(?:ban\s+)?ngành(?![\w]))+"
    r"(?:\s*(?:,|và)\s*(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn)(?![\w])(?=\s*(?:,|và\s|trong\s|trên\s|thuộc\s|[.;:])))*"
    rf"{_QUALIFIER}*",
    rf"(?:các\s+)?(?:cơ quan|đơn vị|sở|ngành|đoàn thể|địa phương|doanh nghiệp|tổ chức|bộ|ban|phòng){_QUALIFIER}+",
    # "các cơ quan tuyên truyền, báo chí", "các cơ quan truyền thông của tỉnh".
    r"(?:các\s+)?(?:(?:cơ quan|phương tiện) thông tin đại chúng|"
    r"cơ quan (?:báo chí|truyền thông|tuyên truyền)(?:\s*(?:,|và)\s*(?:báo chí|truyền thông|tuyên truyền)(?![\w]))*)"
    rf"{_QUALIFIER}*",
    # "hệ thống truyền thanh cơ sở", "hệ thống thông tin cơ sở": the communes' loudspeakers and bulletins.
    r"(?:các\s+)?hệ thống (?:thông tin|truyền thanh|loa truyền thanh|đài truyền thanh|phát thanh)"
    r"(?:\s+(?:cơ sở|cấp xã|các cấp|xã, phường))?",
    r"(?:các\s+)?(?:tổ chức|đoàn thể) chính trị\s*[-–]?\s*xã hội(?:\s*,\s*(?:các\s+)?(?:hội\s*,\s*)?đoàn thể)?"
    rf"(?:\s+(?:tỉnh|thành phố|huyện|xã|phường|các cấp)(?![\w]))?{_QUALIFIER}*",
    # "cơ quan bảo hiểm xã hội", "cơ quan thuế": the agencies of one service, at every level.
    r"(?:các\s+)?cơ quan (?:bảo hiểm xã hội|bhxh|thuế|hải quan)(?:\s+(?:các cấp|cấp (?:tỉnh|huyện|xã)|địa phương))?",
    # "phối hợp Sở Nông nghiệp và Môi trường và các đơn vị": a bare plural is a collective too.
    rf"các (?:địa phương|đơn vị(?!\s+hành chính)|cơ quan|sở|bộ(?!\s+phận)|ngành){POINTER}?",
    # ("các trường": the schools; not "các trường hợp", cases)
    r"các (?:thôn|tổ dân phố|khu phố|ấp|khóm|hợp tác xã|trường học|nhà trường|trung tâm|"
    # ("các trường cao đẳng, đại học": the kinds of schools listed)
    rf"trường(?:\s+{_SCHOOL_LEVEL}(?:\s*(?:,|và)\s*{_SCHOOL_LEVEL}(?![\w]))*)?"
    rf"(?!\s+hợp)(?![\w])){_QUALIFIER}*",
    # "trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên": the district's vocational and continuing schools.
    # ("các trung tâm giáo dục thường xuyên, giáo dục nghề nghiệp-giáo dục thường xuyên": both kinds)
    rf"(?:các\s+)?trung tâm {_CENTRE_KIND}(?:\s*(?:,|và)\s*{_CENTRE_KIND}(?![\w]))*"
    rf"{_QUALIFIER}*",
    # "ngành nông nghiệp", "ngành Giáo dục và Đào tạo": a sector's bodies, named by their field.
    rf"(?:các\s+)?ngành\s+(?:{DEPARTMENT}|{SECTOR})(?![\w])(?:{_QUALIFIER})*",
    # "Bí thư tỉnh ủy, thành ủy": the Party committees of the provinces, listed by kind.
    r"(?:các\s+)?(?:tỉnh|thành|huyện|quận|thị) ủy(?:\s*(?:,|và)\s*(?:tỉnh|thành|huyện|quận|thị) ủy(?![\w]))+",
    # "hệ thống chính trị phường": the Party committee, the government, the Front and the mass organisations of a place.
    rf"(?:các\s+)?hệ thống chính trị(?:\s+{UNITS})?",
    # "cơ sở giáo dục đại học", "các cơ sở giáo dục nghề nghiệp": the kind of school is part of the name.
    # ("các cơ sở giáo dục mầm non, giáo dục phổ thông": the kinds of schools listed)
    rf"(?:(?:các\s+)?(?:tổ chức|doanh nghiệp|đơn vị|cơ sở)|các\s+công ty)\s+(?:{SECTOR})(?![\w])"
    r"(?:\s+(?:đại học|nghề nghiệp|phổ thông|mầm non|công lập|ngoài công lập|thường xuyên)(?![\w])"
    r"(?:\s*(?:,|và)\s*(?:giáo dục\s+)?(?:đại học|nghề nghiệp|phổ thông|mầm non|thường xuyên)(?![\w]))*)?"
    rf"{_QUALIFIER}*",
    r"các (?:tỉnh|quận|huyện|thị xã|thành phố|xã|phường|thị trấn|đặc khu)(?:\s*(?:,|và|/)\s*(?:quận|huyện|thị xã|thành phố|"
    rf"thị trấn|thành|thị|xã|phường|đặc khu)(?![\w]))*(?![\w]){POINTER}?",
    # "các Tập đoàn kinh tế, Tổng công ty nhà nước", "các chủ đầu tư": state enterprises and project owners, by kind.
    r"(?:các\s+)?tập đoàn(?:\s+kinh tế)?(?:\s+nhà nước)?(?:\s*(?:,|và)\s*(?:các\s+)?tổng công ty(?:\s+nhà nước)?)?"
    r"(?=\s*(?:[,;.]|và\s|đến\s|có\s|thực hiện|triển khai))",
    rf"(?:các\s+)?tổng công ty(?:\s+nhà nước)?(?=\s*(?:[,;.]|và\s|thực hiện|triển khai))|các chủ đầu tư{_QUALIFIER}*",
    # "Chủ đầu tư các công trình đang thi công xây dựng": the owners of the works, by what they own.
    r"(?:các\s+)?chủ đầu tư\s+các\s+(?:công trình|dự án)(?:\s+[^\s,;:.()]+){0,5}?(?=\s*[,;.]|\s+và\s)",
    # "chủ rừng trên địa bàn tỉnh", "Ban quản lý rừng đặc dụng, phòng hộ": who holds and who manages the forests.
    rf"(?:các\s+)?chủ rừng{_QUALIFIER}*",
    r"(?:các\s+)?ban quản lý rừng\s+(?:đặc dụng|phòng hộ)(?:\s*(?:,|và)\s*(?:đặc dụng|phòng hộ))?"
    r"(?=\s*(?:[,;.]|và\s|thực hiện|triển khai|phối hợp|chủ trì))",
    # "các Phòng ban chuyên môn", "các phòng chuyên môn": a district's or commune's own offices.
    rf"(?:các\s+)?(?:phòng\s*,?\s*ban|phòng|cơ quan) chuyên môn{_QUALIFIER}*",
    # "đề nghị Quý Cơ quan ...": a letter's word for the body it is addressed to (a pointer, written as such).
    r"quý (?:cơ quan|đơn vị|bộ|sở|ủy ban|địa phương)(?![\w])",
    # "ban quản lý khu công nghiệp, khu chế xuất, khu kinh tế": the boards of the zones of each province, by kind.
    r"(?:các\s+)?ban quản lý (?:các\s+)?khu (?:công nghiệp|chế xuất|kinh tế|công nghệ cao)"
    r"(?:\s*(?:,|và)\s*(?:khu\s+)?(?:công nghiệp|chế xuất|kinh tế|công nghệ cao)(?![\w]))*(?![\w])",
    # "Vụ trưởng các Vụ, Cục trưởng các Cục": a ministry's departments (not "các vụ án", "các vụ, việc": cases).
    r"các (?:vụ|cục|tổng cục)(?:\s*(?:,|và)\s*(?:vụ|cục|tổng cục))*(?=\s*(?:[,;.)]|và\s|(?:trực\s+)?thuộc\s|$))"
    r"(?!\s*,\s*việc)(?:\s+(?:trực\s+)?thuộc bộ)?",
    # "chính quyền các địa phương", "chính quyền cơ sở"; "lực lượng thanh tra chuyên ngành": collectives too.
    rf"(?:các\s+)?chính quyền(?:\s+(?:các\s+)?(?:địa phương|cơ sở|cấp (?:tỉnh|huyện|xã|cơ sở)))?(?:\s+các cấp)?{_QUALIFIER}*",
    r"(?:các\s+)?lực lượng (?:chức năng|thanh tra(?: chuyên ngành)?|kiểm lâm|quản lý thị trường|dân quân(?: tự vệ)?)",
    # "đơn vị lực lượng vũ trang": the armed forces' units, a collective of their own inside a longer list.
    r"(?:các\s+)?(?:đơn vị\s+)?lực lượng vũ trang(?:\s+(?:tỉnh|thành phố|huyện))?(?:\s+của (?:tỉnh|thành phố|huyện))?",
    # "Các cấp ủy Đảng, chính quyền, ...", "khối giáo dục": the Party committees at every level; a sector as a bloc.
    r"(?:các\s+)?cấp ủy(?:\s+đảng)?(?:\s+các cấp)?",
    rf"(?:các\s+)?khối\s+(?:{SECTOR}|cơ quan|doanh nghiệp|đảng|dân vận|chính quyền|nội chính)(?![\w]){_QUALIFIER}*",
)

# "cơ quan Thường trực Ban An toàn giao thông huyện": a board's standing body, a name though it opens in lower case.
STANDING_BODY = rf"cơ quan thường trực\s+(?:ban an toàn giao thông|ban atgt)(?:\s+{UNITS})?"

# Words that cannot be part of a steering committee's long name: the sentence has moved on.
_STEERING_STOPS = (r"đề nghị|yêu cầu|chủ trì|phối hợp|giao|có|chịu|tổ chức|triển khai|tăng cường|ban hành|báo cáo|"
                   r"tham mưu|là|được|đã|vừa|cũng|sẽ|cần|phát huy|ubnd|ủy ban|sở|công an|trước|ngày")
# "Ban Chỉ đạo 138", "Ban Chỉ đạo phòng, chống tội phạm ... tỉnh", "Thường trực Ban Chỉ đạo ... các cấp",
# "Ban Chỉ đạo các huyện, thị xã, thành phố": the description must end on an administrative unit.
STEERING = (r"(?:thường trực\s+|cơ quan thường trực\s+|cơ quan tổ giúp việc thường trực\s+)?(?:ban chỉ đạo|bcđ)"
            r"(?:\s+\d+(?:/[a-zđ]+)?)?"
            rf"(?:(?:\s+(?!(?:{_STEERING_STOPS})(?![\w]))[^\s,;:()\"“”]+,?){{0,28}}?\s+{UNITS})?")

# "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Ban QLDA chuyên ngành tỉnh": a board
# named by what it manages.
_BOARD_STOPS = (r"chủ trì|phối hợp|đề nghị|yêu cầu|có trách nhiệm|rà soát|thực hiện|triển khai|tổ chức|báo cáo|tham mưu|là|"
                r"được|đã|vừa|ubnd|sở|trước|ngày")
MANAGEMENT_BOARD = (r"ban (?:quản lý|ql)(?:\s*(?:dự án|da)(?![\w]))?"
                    # ("Ban Quản lý Khu Kinh tế, công nghiệp tỉnh", "Ban QLDA chuyên ngành, khu vực": kinds it manages)
                    r"(?:\s+(?!(?:" + _BOARD_STOPS + r")(?![\w]))[^\s,;:()\"“”]+"
                    r"(?:,(?=\s*(?:công nghiệp|khu vực|chuyên ngành|dân dụng|giao thông|nông nghiệp|thủy lợi|hạ tầng|"
                    r"đô thị)(?![\w])))?){1,12}?"
                    r"\s+(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|đặc khu)(?![\w])")

# Words that end a name's continuation: verbs and cue words that follow an agency name.
NAME_STOPS = (
    r"chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|tổ chức|thực hiện|triển khai|tăng cường|xây dựng|tham mưu|"
    r"hướng dẫn|căn cứ|theo dõi|tiếp tục|chỉ đạo|đẩy mạnh|rà soát|kiểm tra|báo cáo|gửi|là|được|đã|sẽ|cần|phải|với|"
    r"của|tại|trong|về|cho|để|nhằm|các|những|thường xuyên|định kỳ|nghiên cứu|quán triệt|bảo đảm|đảm bảo|lồng ghép|"
    r"phổ biến|tuyên truyền|vận động|quản lý|nắm|duy trì|phát huy|phát hiện|nâng cao|cung cấp|hỗ trợ|bố trí|huy động|"
    r"đề xuất|đề nghị|yêu cầu|giao|tập trung|chủ động|khẩn trương|kịp thời|tích cực|hoàn thành|ban hành|(?<!công )trình|"
    r"tiếp nhận|xử lý|cập nhật|tổng hợp|đánh giá|sơ kết|tổng kết|điều tra|đấu tranh|giám sát|theo|và|hoặc|cùng|như|"
    r"thuộc|trực thuộc|liên quan|có|trên|từ|đến|trước|sau|khi|nếu|thì|mà|này|đó|năm|ngày|tháng|quý|số|vào|ra|"
    r"lập|làm|mở|đưa|tiến hành|chuẩn bị|phát động|hưởng ứng|thông tin|truyền thông|biên soạn|in|cấp|bổ sung|thông báo|"
    r"xem xét|giải quyết|trả lời|kiến nghị|trân trọng|đăng(?!\s+ký)"
)
