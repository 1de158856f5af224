/** The articles of the seed page, as readers see them. */
export const seed = {
  xicheng: '西城区总工会召开第三届委员会第四次全体（扩大）会议',
  craftsmen: '建示范性职工书屋 揭牌新时代工匠学院',
  bloodDonation: '蒙牛乳业工会组织职工爱心献血',
  shijingshan: '石景山区总工会慰问民营医院医护人员',
  busPhoto: '公交女职工享“甜蜜”关爱',
  shunyi: '顺义各级工会开展关心关爱女职工活动',
  zhuzong: '住总二公司工会组织女职工重温红色历史',
  huairou: '怀柔中医院工会开展艺术插花活动',
};
