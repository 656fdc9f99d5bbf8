/**
 * Traditional-script copies. Mirror sites republish mainland notices in Traditional characters
 * (`牽頭單位`, `責任單位`, `負責`); every recogniser is written for Simplified, so such a copy read as no plan
 * and was reported clean. A document that reads as Traditional is read through a character-for-character
 * map to Simplified: each character maps to one character of the same UTF-16 length, so every position,
 * range and edit stays the original's. Only the characters of government prose are mapped (about 880,
 * the words of roles, bodies, places and deadlines); none that Simplified text also writes as itself
 * (著, 乾, 藉 keep their forms).
 */

export const TRADITIONAL =
  '關於發區縣廳辦單責負頭導時項務點產業經濟開設計劃實現應對據規們這個為與會門來過還進運動農資環衛處鄉鎮員黨團組織監檢測質稅財統審證' +
  '銀險醫療藥學園鐵電網絡訊號歲萬億兩條線標準確總體範圍護歷傳藝術館廣場價費貿購銷積極優勢強權職協調參幫聯係機構態讓從並將當間問題屆' +
  '報記錄議決論說請讀轉達邊遠舊興養災戰鬥爭軍隊陸島溝灣壩閘澇漁礦氣熱燈車輛駕駛橋樑軌輸郵遞層級紀綱約紅綠藍黃鬆緊縮續絲紙繳績維練細' +
  '終結給絕紹縱貧貸貴買賣賠賬贊趕輕較輔軟違遺適選遷邁鄰釋針錢鋼錯鍵長閉閱陽際隨隱雙雜難雲靈韓順須預領頻額顧風飛飯飲馬驗魚鳥麥齊龍歸' +
  '滅溫滿濕漢潔澤爐獎畫盡盤眾碼礙禮稱種穩窮競筆節築簡籌類糧糾純紛綜緩編繼罰羅習聖聞聲聽肅脫腦臨舉艱蘇蟲補裝製複見視親覺觀訂認討訓託' +
  '訪許評試詢該詳誌誤課談諮講謀謝識譯變豐貨販貫賦賴贈贏趨跡踐蹤轄迴連週遊遲鄭鋪鎖鏈鐘鑒鑑閑閣闡陣陳陰階雖雞離靜響頁頂頒顏願顯飾餘駐' +
  '騰驅鬧鳳鹽麗傑僅儀償儲兒內冊淨凍劉創劑勁勝勞勵勸匯卻厲叢啟嚴圖圓執堅塊墾壓壞壇壯備復夠夢奮奪婦孫寧寫寬寶專尋屬崗嶺帥師帳帶幣幹廠' +
  '廢張彈徑後徵徹惡愛慣慮慶憂憑懷懸戲戶掃掛採揚換損撥擁擇擊擔擴擾攔攜攝敗數斷晉暢曆曉書東楊榮樓樂樣樹檔欄歡殘殺毀沒漲潛濱燒營牆狀獨' +
  '獲獻瓊畝異疊盜礎禦穀簽籃納紮綁緣緯繩繪纏罷義聰脈膽臉臟艙莊華葉蓋蔣薦蘭虧衝裡襲覽觸訴註詞話誠語誰諸謂謹貢賀賞賢賽趙躍載輝輪轟辭銅' +
  '鋒鏡鑄閃閩闖陝隸霧韻頸顆騎驚魯鮮鴻麼齡臺鄧蕭潤澀滬濰遼廈穌僑偉傷債傾僱儉兌剛劇勳勻啞喪嗎墊墳壺奧嬰孿寢屍屜嶽廂廚廬弔彎恥悅惱愜慚' +
  '慾憐懇懶戀拋捨搖搶摯撈擬擠攤敵斕暫曬朧柵棄棟槍槓橫檯櫃歐殼氫氾沖況洩涼淺渦湧溼滷漿潰濁濫瀉灘烏無煉煙燦爛犢猻獄玀璽瓏甕畢癥皚盞矚' +
  '祿禪穎窯竄筧箋簍籬紋紡紳絞綢綫緒締縫繞纜罈羈翹聳脅腎膠臍舖艦蒞蓮蔔蘋蝦螢蠟衊裊褲襪訛訣詐誼諾謊謠譜讒豬貓貞賃賜賺贓贖踴軀輯辮邏醞' +
  '釘鈕鉤銘錦鍍鎚鏟鐳閥闊隕靂鞏韋頌頓頹顎颱飼餃餓饒駁駱騷驢髮鬍鯨鴿鵬鶴麵黴龐國牽減銜則佈爲揮撐粵彙囑貼噸輻樞紐憲籤繫饋衞庫恆鄒瀋緻' +
  '攬塵搗擱遜迺謄淪漸慘懲糰紓綏綴縛縷繹蘊覓詮誘諒謎讚貶賓輿轎辯釁鈔鉅鋁錶鍊闔雛韜頃顫飽餵驟鹼齣' +
  '獅贛隴蘆';
export const SIMPLIFIED =
  '关于发区县厅办单责负头导时项务点产业经济开设计划实现应对据规们这个为与会门来过还进运动农资环卫处乡镇员党团组织监检测质税财统审证' +
  '银险医疗药学园铁电网络讯号岁万亿两条线标准确总体范围护历传艺术馆广场价费贸购销积极优势强权职协调参帮联系机构态让从并将当间问题届' +
  '报记录议决论说请读转达边远旧兴养灾战斗争军队陆岛沟湾坝闸涝渔矿气热灯车辆驾驶桥梁轨输邮递层级纪纲约红绿蓝黄松紧缩续丝纸缴绩维练细' +
  '终结给绝绍纵贫贷贵买卖赔账赞赶轻较辅软违遗适选迁迈邻释针钱钢错键长闭阅阳际随隐双杂难云灵韩顺须预领频额顾风飞饭饮马验鱼鸟麦齐龙归' +
  '灭温满湿汉洁泽炉奖画尽盘众码碍礼称种稳穷竞笔节筑简筹类粮纠纯纷综缓编继罚罗习圣闻声听肃脱脑临举艰苏虫补装制复见视亲觉观订认讨训托' +
  '访许评试询该详志误课谈咨讲谋谢识译变丰货贩贯赋赖赠赢趋迹践踪辖回连周游迟郑铺锁链钟鉴鉴闲阁阐阵陈阴阶虽鸡离静响页顶颁颜愿显饰余驻' +
  '腾驱闹凤盐丽杰仅仪偿储儿内册净冻刘创剂劲胜劳励劝汇却厉丛启严图圆执坚块垦压坏坛壮备复够梦奋夺妇孙宁写宽宝专寻属岗岭帅师帐带币干厂' +
  '废张弹径后征彻恶爱惯虑庆忧凭怀悬戏户扫挂采扬换损拨拥择击担扩扰拦携摄败数断晋畅历晓书东杨荣楼乐样树档栏欢残杀毁没涨潜滨烧营墙状独' +
  '获献琼亩异叠盗础御谷签篮纳扎绑缘纬绳绘缠罢义聪脉胆脸脏舱庄华叶盖蒋荐兰亏冲里袭览触诉注词话诚语谁诸谓谨贡贺赏贤赛赵跃载辉轮轰辞铜' +
  '锋镜铸闪闽闯陕隶雾韵颈颗骑惊鲁鲜鸿么龄台邓萧润涩沪潍辽厦稣侨伟伤债倾雇俭兑刚剧勋匀哑丧吗垫坟壶奥婴孪寝尸屉岳厢厨庐吊弯耻悦恼惬惭' +
  '欲怜恳懒恋抛舍摇抢挚捞拟挤摊敌斓暂晒胧栅弃栋枪杠横台柜欧壳氢泛冲况泄凉浅涡涌湿卤浆溃浊滥泻滩乌无炼烟灿烂犊狲狱猡玺珑瓮毕症皑盏瞩' +
  '禄禅颖窑窜笕笺篓篱纹纺绅绞绸线绪缔缝绕缆坛羁翘耸胁肾胶脐铺舰莅莲卜苹虾萤蜡蔑袅裤袜讹诀诈谊诺谎谣谱谗猪猫贞赁赐赚赃赎踊躯辑辫逻酝' +
  '钉钮钩铭锦镀锤铲镭阀阔陨雳巩韦颂顿颓颚台饲饺饿饶驳骆骚驴发胡鲸鸽鹏鹤面霉庞国牵减衔则布为挥撑粤汇嘱贴吨辐枢纽宪签系馈卫库恒邹沈致' +
  '揽尘捣搁逊乃誊沦渐惨惩团纾绥缀缚缕绎蕴觅诠诱谅谜赞贬宾舆轿辩衅钞巨铝表炼阖雏韬顷颤饱喂骤碱出' +
  '狮赣陇芦';

/** Per UTF-16 code unit: its Simplified form's code, 0 when it has none. */
const TO_SIMPLIFIED = new Uint16Array(0x10000);
/** Per code unit: 1 when it is a mapped Traditional character, 2 when it is a Simplified form of one. */
const KIND = new Uint8Array(0x10000);
for (let k = 0; k < TRADITIONAL.length; k++) {
  TO_SIMPLIFIED[TRADITIONAL.charCodeAt(k)] = SIMPLIFIED.charCodeAt(k);
  KIND[TRADITIONAL.charCodeAt(k)] = 1;
  KIND[SIMPLIFIED.charCodeAt(k)] = 2;
}

/** How much of a text decides its script: a mirror copy is Traditional throughout. */
export const SCRIPT_SAMPLE = 20000;

/**
 * Whether `text` is written in Traditional characters: at least eight mapped Traditional characters in its
 * first {@link SCRIPT_SAMPLE} code units, and no fewer than Simplified forms of them (a Simplified notice writes
 * none; a Traditional one writes some forms both scripts share, such as 台 and 系).
 */
export function readsAsTraditional(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  const n = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < n; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  return traditional >= 8 && traditional >= simplified;
}

/** `text` with each mapped Traditional character replaced by its Simplified form (same length, same positions). */
export function toSimplified(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const s = TO_SIMPLIFIED[text.charCodeAt(i)];
    if (!s) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
